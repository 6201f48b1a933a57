package ua.uchast.community.boundary;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.LoginThrottle;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.PasswordPolicy;
import ua.uchast.community.control.QrCodes;
import ua.uchast.community.control.RandomCodes;
import ua.uchast.community.control.SignInRecords;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.control.Totp;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Violations;

/**
 * What a signed-in staff member does about their own account: changes their password (the current one required, and
 * counted like a sign-in attempt), sets up, renews or turns off the second factor. Available while something is still
 * required of them first, since these are how they do it. Each change is audited, never with a secret in it.
 */
@ApplicationScoped
@Transactional
public class StaffSelfService {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Участь";

    /**
     * A second factor being set up: the secret is not stored until a code from it confirms it. The setup page keeps it
     * in its view, which lives in the session, so it travels with the session to another instance.
     */
    public record SecondFactorSetup(String secret, String qrCodeSvg) implements Serializable {

        /** The secret in groups of four, as people type it into an app by hand. */
        public String groupedSecret() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    private CurrentStaff currentStaff;
    private StaffRepository staff;
    private PasswordHasher passwordHasher;
    private LoginThrottle throttle;
    private SignInRecords records;
    private Clock clock;

    protected StaffSelfService() {
    }

    @Inject
    public StaffSelfService(CurrentStaff currentStaff, StaffRepository staff, PasswordHasher passwordHasher,
            LoginThrottle throttle, SignInRecords records, Clock clock) {
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffAccount myAccount() {
        return signedIn();
    }

    /**
     * Replaces the member's password; their other sessions end, this one goes on.
     *
     * @param address where the request comes from, for the throttle that also guards the current password
     */
    public void changePassword(String currentPassword, String newPassword, String repeated, String address) {
        StaffAccount account = signedIn();
        requireCurrentPassword(account, currentPassword, address);
        Violations violations = new Violations();
        PasswordPolicy.violation("newPassword", newPassword, account.username())
                .ifPresent(violation -> violations.add(violation.field(), violation.messageKey(),
                        violation.arguments().toArray()));
        violations.require(!violations.isEmpty() || !newPassword.equals(currentPassword), "newPassword",
                "password.sameAsCurrent")
                .require(newPassword == null || newPassword.equals(repeated), "repeatedPassword", "password.notRepeated")
                .throwIfAny();
        boolean wasOneTime = account.mustChangePassword();
        account.changePassword(passwordHasher.hash(newPassword));
        currentStaff.continueSession(account.sessionVersion());
        record(account, "staff.passwordChanged", Map.of("oneTimePasswordReplaced", wasOneTime));
    }

    /** A fresh secret to set up an authenticator app with; nothing is stored yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecondFactorSetup beginSecondFactor() {
        StaffAccount account = signedIn();
        String secret = Totp.newSecret();
        String uri = Totp.provisioningUri(ISSUER, account.username(), secret);
        return new SecondFactorSetup(secret, QrCodes.svg(uri, account.username()));
    }

    /**
     * Turns the second factor on once a code made from {@code secret} is right, and gives the recovery codes (shown
     * once; only their hashes are kept).
     */
    public List<String> confirmSecondFactor(String secret, String code) {
        StaffAccount account = signedIn();
        OptionalLong step = secret == null || !secret.matches("[A-Z2-7]{32}") ? OptionalLong.empty()
                : Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("code", "secondFactor.codeWrong"));
        }
        account.enableSecondFactor(secret, step.getAsLong());
        List<String> codes = newRecoveryCodes(account);
        record(account, "staff.secondFactorEnabled", Map.of());
        return codes;
    }

    /** New recovery codes replace the old ones (shown once). */
    public List<String> renewRecoveryCodes() {
        StaffAccount account = signedIn();
        if (!account.hasSecondFactor()) {
            throw new InvalidInputException(FieldViolation.general("secondFactor.notSetUp"));
        }
        List<String> codes = newRecoveryCodes(account);
        record(account, "staff.recoveryCodesRenewed", Map.of());
        return codes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unusedRecoveryCodes() {
        return staff.unusedRecoveryCodes(signedIn().id());
    }

    /** Turns the second factor off, with the current password; not where the member's role requires it. */
    public void disableSecondFactor(String currentPassword, String address) {
        StaffAccount account = signedIn();
        if (account.requiresSecondFactor()) {
            throw new InvalidInputException(FieldViolation.general("secondFactor.required"));
        }
        requireCurrentPassword(account, currentPassword, address);
        account.disableSecondFactor();
        staff.replaceRecoveryCodes(account.id(), List.of());
        record(account, "staff.secondFactorDisabled", Map.of());
    }

    private void requireCurrentPassword(StaffAccount account, String currentPassword, String address) {
        if (!throttle.admit(account.username(), address).admitted()) {
            throw new InvalidInputException(FieldViolation.of("currentPassword", "login.tooManyAttemptsNow"));
        }
        if (currentPassword == null || !passwordHasher.matches(currentPassword, account.passwordHash())) {
            records.recordApart(account, "staff.currentPasswordWrong", Map.of("address", address), KyivTime.nowUtc(clock));
            throw new InvalidInputException(FieldViolation.of("currentPassword", "password.currentWrong"));
        }
        throttle.succeeded(account.username(), address);
    }

    private List<String> newRecoveryCodes(StaffAccount account) {
        List<String> codes = IntStream.range(0, RECOVERY_CODES).mapToObj(i -> RandomCodes.next()).toList();
        staff.replaceRecoveryCodes(account.id(), codes.stream().map(RandomCodes::hashOf).toList());
        return codes;
    }

    private StaffAccount signedIn() {
        return currentStaff.accountId().flatMap(staff::byId).filter(StaffAccount::isActive)
                .orElseThrow(AccessDeniedException::new);
    }

    private void record(StaffAccount account, String action, Map<String, Object> details) {
        records.record(account, action, details, KyivTime.nowUtc(clock));
    }
}
