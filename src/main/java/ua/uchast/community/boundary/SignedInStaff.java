package ua.uchast.community.boundary;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.RequiredStep;
import ua.uchast.community.entity.StaffAccount;

/**
 * {@link CurrentStaff} from the Jakarta Security caller, looked up once per request. A session counts only while its
 * account is active and at the session version it signed in with: deactivating, resetting, re-roling an account (or
 * its owner changing the password elsewhere) ends its sessions at their next request.
 */
@RequestScoped
public class SignedInStaff implements CurrentStaff {

    /** The session attribute holding the account's session version at sign-in. */
    public static final String SESSION_VERSION = "uchast.staff.sessionVersion";

    @Inject
    SecurityContext securityContext;

    @Inject
    StaffRepository staffRepository;

    @Inject
    HttpServletRequest request;

    private Optional<StaffAccount> account;

    @Override
    public Optional<StaffMember> get() {
        return account().filter(signedIn -> signedIn.requiredStep() == RequiredStep.NONE).map(SignedInStaff::toMember);
    }

    @Override
    public Optional<Long> accountId() {
        return account().map(StaffAccount::id);
    }

    @Override
    public void continueSession(long sessionVersion) {
        request.getSession().setAttribute(SESSION_VERSION, sessionVersion);
    }

    /** What the signed-in member must do first; empty when no staff session is valid. */
    public Optional<RequiredStep> requiredStep() {
        return account().map(StaffAccount::requiredStep);
    }

    /** The account of a valid staff session. */
    public Optional<StaffAccount> account() {
        if (account == null) {
            Principal caller = securityContext.getCallerPrincipal();
            HttpSession session = request.getSession(false);
            Object signedInAt = session == null ? null : session.getAttribute(SESSION_VERSION);
            account = caller == null || !(signedInAt instanceof Long version) ? Optional.empty()
                    : staffRepository.byUsername(caller.getName())
                            .filter(found -> found.isActive() && found.sessionVersion() == version);
        }
        return account;
    }

    static StaffMember toMember(StaffAccount account) {
        return new StaffMember(account.id(), account.hromadaId(), account.username(), account.fullName(), account.role());
    }
}
