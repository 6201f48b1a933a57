package ua.uchast.community.boundary;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;

/** An administrator manages the staff accounts of their own hromada, and only those. */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    private StaffGuard guard;
    private StaffRepository staff;
    private HromadaRepository hromadas;
    private PasswordHasher passwordHasher;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected StaffDirectory() {
    }

    @Inject
    public StaffDirectory(StaffGuard guard, StaffRepository staff, HromadaRepository hromadas, PasswordHasher passwordHasher,
            Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.staff = staff;
        this.hromadas = hromadas;
        this.passwordHasher = passwordHasher;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    public List<StaffAccount> accountsOfMyHromada() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        return staff.ofHromada(admin.hromadaId());
    }

    public StaffAccount open(NewStaffAccount form) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        String password = form.getPassword();
        if (password == null || password.length() < StaffAccount.MIN_PASSWORD || password.length() > 200) {
            throw new InvalidInputException(FieldViolation.of("password", "validation.password", StaffAccount.MIN_PASSWORD));
        }
        if (staff.byUsername(form.getUsername()).isPresent()) {
            throw new InvalidInputException(FieldViolation.of("username", "staff.usernameTaken"));
        }
        Hromada hromada = hromadas.byId(admin.hromadaId()).orElseThrow(NotFoundException::new);
        StaffAccount account = staff.add(new StaffAccount(hromada, form.getUsername(), form.getFullName(), form.getEmail(),
                form.getRole(), passwordHasher.hash(password), KyivTime.nowUtc(clock)));
        record(admin, "staff.opened", account, null);
        return account;
    }

    public void deactivate(Long accountId) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        StaffAccount account = staff.byId(accountId).orElseThrow(NotFoundException::new);
        if (!account.belongsTo(admin.hromadaId())) {
            throw new AccessDeniedException();
        }
        if (account.id().equals(admin.accountId())) {
            throw new InvalidInputException(FieldViolation.general("staff.cannotDeactivateSelf"));
        }
        Map<String, Object> before = snapshot(account);
        account.deactivate();
        record(admin, "staff.deactivated", account, before);
    }

    private void record(StaffMember admin, String action, StaffAccount account, Map<String, Object> before) {
        staffActions.fire(new StaffActionPerformed(admin.hromadaId(), admin.accountId(), admin.username(), action,
                "StaffAccount", account.id(), before, snapshot(account), KyivTime.nowUtc(clock)));
    }

    private static Map<String, Object> snapshot(StaffAccount account) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("username", account.username());
        snapshot.put("fullName", account.fullName());
        snapshot.put("role", account.role().name());
        snapshot.put("active", account.isActive());
        return snapshot;
    }
}
