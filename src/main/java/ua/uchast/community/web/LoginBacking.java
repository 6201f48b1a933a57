package ua.uchast.community.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.StaffSignIn.Outcome;
import ua.uchast.community.boundary.StaffSignIn.Verdict;
import ua.uchast.platform.web.FreshSession;
import ua.uchast.platform.web.ReturnAddress;

/**
 * Staff sign-in, step one (and the words for every step): the same words for an unknown user and a wrong password;
 * a new session when a sign-in starts and a new session id when it succeeds; then back to the page the member asked
 * for, or to the staff desk. Too many attempts answer 429, a server too busy to check 503, each with a wait.
 */
@Named
@RequestScoped
public class LoginBacking {

    private static final long BUSY_RETRY_SECONDS = 30;

    @Inject
    SecurityContext securityContext;

    @Inject
    StaffSignInAttempt attempt;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FreshSession.start(Faces.getRequest(), StaffFormRoute.RETURN_ADDRESS);
        authenticate(new UsernamePasswordCredential(username, new Password(password)));
    }

    /** Hands the credential to the sign-in mechanism and shows where that leads. */
    void authenticate(Credential credential) throws IOException {
        HttpServletRequest request = Faces.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, Faces.getResponse(),
                withParams().newAuthentication(true).credential(credential));
        if (status == AuthenticationStatus.SUCCESS) {
            request.changeSessionId();
            Faces.redirect(ReturnAddress.take(request, StaffFormRoute.RETURN_ADDRESS, "staff/"));
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            Faces.responseComplete();
            return;
        }
        Outcome outcome = attempt.outcome().orElse(Outcome.of(Verdict.WRONG));
        switch (outcome.verdict()) {
            case SECOND_FACTOR_NEEDED -> Faces.redirect("second-factor");
            case THROTTLED -> tooManyAttempts(outcome.retryAfter());
            case BUSY -> {
                HttpServletResponse response = Faces.getResponse();
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", Long.toString(BUSY_RETRY_SECONDS));
                Messages.addGlobalError("login.busy");
            }
            case CODE_USED_BEFORE -> Messages.addGlobalError("login.codeUsedBefore");
            default -> Messages.addGlobalError(credential instanceof SecondFactorCredential ? "login.codeWrong" : "login.failed");
        }
    }

    private static void tooManyAttempts(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        HttpServletResponse response = Faces.getResponse();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        Messages.addGlobalError("login.tooManyAttempts", seconds);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
