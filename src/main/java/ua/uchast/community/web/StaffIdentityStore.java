package ua.uchast.community.web;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ua.uchast.community.boundary.SignedInStaff;
import ua.uchast.community.boundary.StaffSignIn;
import ua.uchast.community.boundary.StaffSignIn.Outcome;
import ua.uchast.community.boundary.StaffSignIn.Verdict;

/**
 * Hands staff credentials to {@link StaffSignIn} and keeps in the session what the sign-in leaves there: the account's
 * session version once signed in, or the pending second step after a right password.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private StaffSignIn signIn;
    private StaffSignInAttempt attempt;
    private HttpServletRequest request;
    private Clock clock;

    protected StaffIdentityStore() {
    }

    @Inject
    public StaffIdentityStore(StaffSignIn signIn, StaffSignInAttempt attempt, HttpServletRequest request, Clock clock) {
        this.signIn = signIn;
        this.attempt = attempt;
        this.request = request;
        this.clock = clock;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Outcome outcome;
        if (credential instanceof UsernamePasswordCredential login) {
            outcome = signIn.checkPassword(login.getCaller(), login.getPasswordAsString(), request.getRemoteAddr());
        } else if (credential instanceof SecondFactorCredential second) {
            Object pending = request.getSession().getAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
            outcome = pending instanceof PendingSecondFactor step && step.isFresh(clock.instant())
                    ? signIn.checkSecondFactor(step.accountId(), second.code(), request.getRemoteAddr())
                    : Outcome.of(Verdict.WRONG);
        } else {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        attempt.decided(outcome);
        HttpSession session = request.getSession();
        if (outcome.verdict() == Verdict.SECOND_FACTOR_NEEDED) {
            session.setAttribute(PendingSecondFactor.SESSION_ATTRIBUTE, new PendingSecondFactor(outcome.accountId(),
                    clock.instant()));
        } else if (outcome.verdict() == Verdict.SIGNED_IN) {
            session.removeAttribute(PendingSecondFactor.SESSION_ATTRIBUTE);
            session.setAttribute(SignedInStaff.SESSION_VERSION, outcome.sessionVersion());
            new StaffCaller(outcome.username(), outcome.role().name()).keepIn(session);
            return new CredentialValidationResult(outcome.username(), Set.of(outcome.role().name()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
