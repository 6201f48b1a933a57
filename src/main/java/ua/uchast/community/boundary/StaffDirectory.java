package ua.uchast.community.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.control.LoginThrottle;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.PasswordPolicy;
import ua.uchast.community.control.RandomCodes;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.DemoDataRequested;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;

/**
 * An administrator manages the staff accounts of their own hromada, and only those: opens one (the member chooses
 * their own password at first sign-in), deactivates and reactivates, changes a role, resets a forgotten password to a
 * one-time one, lets a throttled member try again. Each is audited, never with a password in it.
 */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    private StaffGuard guard;
    private StaffRepository staff;
    private HromadaRepository hromadas;
    private PasswordHasher passwordHasher;
    private LoginThrottle throttle;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected StaffDirectory() {
    }

    @Inject
    public StaffDirectory(StaffGuard guard, StaffRepository staff, HromadaRepository hromadas, PasswordHasher passwordHasher,
            LoginThrottle throttle, Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.staff = staff;
        this.hromadas = hromadas;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> accountsOfMyHromada() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        return staff.ofHromada(admin.hromadaId());
    }

    /**
     * A demo account by its username, for other components' demo data, which is loaded before anyone signs in. Only
     * the demo loader makes a {@link DemoDataRequested}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffAccount> demoAccount(DemoDataRequested demo, String username) {
        return staff.byUsername(username);
    }

    /** How long the member must still wait before signing in again; zero when they may. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Duration lockedFor(Long accountId) {
        return throttle.lockedFor(accountOfMyHromada(guard.require(StaffRole.ADMINISTRATOR), accountId).username());
    }

    public StaffAccount open(NewStaffAccount form) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        PasswordPolicy.violation("password", form.getPassword(), form.getUsername()).ifPresent(violation -> {
            throw new InvalidInputException(violation);
        });
        if (form.getRole() == StaffRole.PLATFORM_OPERATOR) {
            throw new InvalidInputException(FieldViolation.of("role", "staff.role.invalid"));
        }
        if (staff.byUsername(form.getUsername()).isPresent()) {
            throw new InvalidInputException(FieldViolation.of("username", "staff.usernameTaken"));
        }
        Hromada hromada = hromadas.byId(admin.hromadaId()).orElseThrow(NotFoundException::new);
        StaffAccount account = new StaffAccount(hromada, form.getUsername(), form.getFullName(), form.getEmail(),
                form.getRole(), passwordHasher.hash(form.getPassword()), KyivTime.nowUtc(clock));
        account.requirePasswordChange();
        staff.add(account);
        record(admin, "staff.opened", account, null);
        return account;
    }

    public void deactivate(Long accountId) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        StaffAccount account = otherAccountOfMyHromada(admin, accountId, "staff.cannotDeactivateSelf");
        Map<String, Object> before = snapshot(account);
        account.deactivate();
        record(admin, "staff.deactivated", account, before);
    }

    public void reactivate(Long accountId) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        StaffAccount account = accountOfMyHromada(admin, accountId);
        Map<String, Object> before = snapshot(account);
        account.reactivate();
        record(admin, "staff.reactivated", account, before);
    }

    public void changeRole(Long accountId, StaffRole role) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        StaffAccount account = otherAccountOfMyHromada(admin, accountId, "staff.cannotChangeOwnRole");
        Map<String, Object> before = snapshot(account);
        account.changeRole(role);
        record(admin, "staff.roleChanged", account, before);
    }

    /** Gives the member a new one-time password (returned once, to hand over in person); their sessions end. */
    public String resetPassword(Long accountId) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        StaffAccount account = otherAccountOfMyHromada(admin, accountId, "staff.cannotResetOwnPassword");
        Map<String, Object> before = snapshot(account);
        String oneTimePassword = RandomCodes.next();
        account.resetPassword(passwordHasher.hash(oneTimePassword));
        record(admin, "staff.passwordReset", account, before);
        return oneTimePassword;
    }

    public void unlock(Long accountId) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        StaffAccount account = accountOfMyHromada(admin, accountId);
        throttle.unlock(account.username());
        record(admin, "staff.unlocked", account, null);
    }

    private StaffAccount accountOfMyHromada(StaffMember admin, Long accountId) {
        StaffAccount account = staff.byId(accountId).orElseThrow(NotFoundException::new);
        if (!account.belongsTo(admin.hromadaId())) {
            throw new AccessDeniedException();
        }
        return account;
    }

    private StaffAccount otherAccountOfMyHromada(StaffMember admin, Long accountId, String ownAccountMessage) {
        StaffAccount account = accountOfMyHromada(admin, accountId);
        if (account.id().equals(admin.accountId())) {
            throw new InvalidInputException(FieldViolation.general(ownAccountMessage));
        }
        return account;
    }

    private void record(StaffMember admin, String action, StaffAccount account, Map<String, Object> before) {
        staffActions.fire(admin.performed(action, "StaffAccount", account.id(), before, snapshot(account),
                KyivTime.nowUtc(clock)));
    }

    private static Map<String, Object> snapshot(StaffAccount account) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", account.username());
        snapshot.put("fullName", account.fullName());
        snapshot.put("role", account.role().name());
        snapshot.put("active", account.isActive());
        snapshot.put("secondFactor", account.hasSecondFactor());
        return snapshot;
    }
}
