package ua.uchast.community.boundary;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.LoginThrottle;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.StaffAccount;

/**
 * Checks staff passwords (Argon2id). An unknown user, a deactivated account and a wrong password look the same from
 * outside, in words and in time; failures are counted by {@link LoginThrottle}.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    private StaffRepository staff;
    private PasswordHasher passwordHasher;
    private LoginThrottle throttle;
    private HttpServletRequest request;

    protected StaffIdentityStore() {
    }

    @Inject
    public StaffIdentityStore(StaffRepository staff, PasswordHasher passwordHasher, LoginThrottle throttle,
            HttpServletRequest request) {
        this.staff = staff;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.request = request;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller();
        String address = request.getRemoteAddr();
        if (!throttle.waitBeforeAttempt(username, address).isZero()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String password = login.getPasswordAsString();
        StaffAccount account = staff.byUsername(username).filter(StaffAccount::isActive).orElse(null);
        if (account == null) {
            passwordHasher.spendDecoyCheck(password);
        } else if (passwordHasher.matches(password, account.passwordHash())) {
            throttle.recordSuccess(username);
            return new CredentialValidationResult(account.username(), Set.of(account.role().name()));
        }
        throttle.recordFailure(username, address);
        return CredentialValidationResult.INVALID_RESULT;
    }
}
