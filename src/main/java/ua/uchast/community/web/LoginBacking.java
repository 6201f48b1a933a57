package ua.uchast.community.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.time.Duration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.StaffSignIn;

/** Staff sign-in. The same words for an unknown user and a wrong password; a new session id after success. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    StaffSignIn staffSignIn;

    private String username;
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        Duration wait = staffSignIn.waitBeforeAttempt(username, request.getRemoteAddr());
        if (!wait.isZero()) {
            Messages.addGlobalError("login.tooManyAttempts", Math.max(1, wait.toSeconds()));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, Faces.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> {
                request.getSession(true);
                request.changeSessionId();
                Faces.redirect("staff/");
            }
            case SEND_CONTINUE -> {
                request.changeSessionId();
                Faces.responseComplete();
            }
            default -> Messages.addGlobalError("login.failed");
        }
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
