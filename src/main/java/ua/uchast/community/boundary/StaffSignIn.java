package ua.uchast.community.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.LoginThrottle;
import ua.uchast.community.control.LoginThrottle.Admission;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.RandomCodes;
import ua.uchast.community.control.SignInRecords;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.control.Totp;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.control.KyivTime;

/**
 * Decides staff sign-in attempts: the password, then (for an account that has one) the second factor. Every attempt
 * is counted by {@link LoginThrottle} before anything is checked; an unknown user, a deactivated account and a wrong
 * password look the same from outside, in words and in time; when the server is too busy to hash, it says so instead
 * of queueing without end. Successes, failures and lock-outs of known accounts go to the audit log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StaffSignIn {

    public enum Verdict {
        SIGNED_IN, SECOND_FACTOR_NEEDED, WRONG, CODE_USED_BEFORE, THROTTLED, BUSY
    }

    /** The decision, with the account it is about when it is known (a success or a second step). */
    public record Outcome(Verdict verdict, Duration retryAfter, Long accountId, String username, StaffRole role,
            long sessionVersion) {

        public static Outcome of(Verdict verdict) {
            return new Outcome(verdict, Duration.ZERO, null, null, null, 0);
        }

        static Outcome about(Verdict verdict, StaffAccount account) {
            return new Outcome(verdict, Duration.ZERO, account.id(), account.username(), account.role(),
                    account.sessionVersion());
        }
    }

    private StaffRepository staff;
    private PasswordHasher passwordHasher;
    private LoginThrottle throttle;
    private SignInRecords records;
    private Clock clock;

    protected StaffSignIn() {
    }

    @Inject
    public StaffSignIn(StaffRepository staff, PasswordHasher passwordHasher, LoginThrottle throttle, SignInRecords records,
            Clock clock) {
        this.staff = staff;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.records = records;
        this.clock = clock;
    }

    public Outcome checkPassword(String username, String password, String address) {
        if (passwordHasher.isBusy()) {
            return Outcome.of(Verdict.BUSY);
        }
        Admission admission = throttle.admit(username, address);
        if (!admission.admitted()) {
            return new Outcome(Verdict.THROTTLED, admission.retryAfter(), null, null, null, 0);
        }
        StaffAccount account = staff.byUsername(username).filter(StaffAccount::isActive).orElse(null);
        Boolean matches = passwordHasher.tryMatches(password == null ? "" : password,
                account == null ? null : account.passwordHash()).orElse(null);
        if (matches == null) {
            throttle.notChecked(username, address);
            return Outcome.of(Verdict.BUSY);
        }
        if (!matches) {
            return refused(account, admission, address, "password", Verdict.WRONG);
        }
        if (account.hasSecondFactor()) {
            // the attempt counts neither way until the code is right, so codes cannot be guessed between passwords
            throttle.notChecked(username, address);
            return Outcome.about(Verdict.SECOND_FACTOR_NEEDED, account);
        }
        return signedIn(account, address, "password");
    }

    /** The second step, for the account whose password was right a moment ago: a code from the app or a recovery code. */
    public Outcome checkSecondFactor(Long accountId, String code, String address) {
        StaffAccount account = staff.byId(accountId).filter(StaffAccount::isActive).filter(StaffAccount::hasSecondFactor)
                .orElse(null);
        if (account == null) {
            return Outcome.of(Verdict.WRONG);
        }
        Admission admission = throttle.admit(account.username(), address);
        if (!admission.admitted()) {
            return new Outcome(Verdict.THROTTLED, admission.retryAfter(), null, null, null, 0);
        }
        OptionalLong step = Totp.matchingStep(account.totpSecret(), code, clock.instant());
        if (step.isPresent()) {
            return records.useCodeStep(account.id(), step.getAsLong()) ? signedIn(account, address, "code")
                    : refused(account, admission, address, "codeUsedBefore", Verdict.CODE_USED_BEFORE);
        }
        if (code != null && records.useRecoveryCode(account.id(), RandomCodes.hashOf(code), now())) {
            return signedIn(account, address, "recoveryCode");
        }
        return refused(account, admission, address, "code", Verdict.WRONG);
    }

    private Outcome signedIn(StaffAccount account, String address, String with) {
        throttle.succeeded(account.username(), address);
        records.recordApart(account, "staff.signedIn", Map.of("address", address, "with", with), now());
        return Outcome.about(Verdict.SIGNED_IN, account);
    }

    private Outcome refused(StaffAccount account, Admission admission, String address, String what, Verdict verdict) {
        if (account != null) {
            LocalDateTime now = now();
            records.recordApart(account, "staff.signInFailed", Map.of("address", address, "wrong", what), now);
            if (admission.locksOutIfFailed()) {
                records.recordApart(account, "staff.lockedOut", Map.of("address", address, "failures",
                        admission.usernameFailures()), now);
            }
        }
        return Outcome.of(verdict);
    }

    private LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }
}
