package ua.uchast.community.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.RandomCodes;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;

/**
 * The platform operator's work: opening a hromada (its address, names and settlements) with its first administrator,
 * and suspending or resuming one. Nothing here reads a hromada's residents, projects or ballots. Each action is
 * audited in the hromada's own log, where its administrators see it.
 */
@ApplicationScoped
@Transactional
public class HromadaOnboarding {

    /** A new hromada with the username and one-time password of its administrator, to hand over in person. */
    public record Opened(Hromada hromada, String administratorUsername, String oneTimePassword) {
    }

    private StaffGuard guard;
    private HromadaRepository hromadas;
    private StaffRepository staff;
    private PasswordHasher passwordHasher;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected HromadaOnboarding() {
    }

    @Inject
    public HromadaOnboarding(StaffGuard guard, HromadaRepository hromadas, StaffRepository staff,
            PasswordHasher passwordHasher, Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.hromadas = hromadas;
        this.staff = staff;
        this.passwordHasher = passwordHasher;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Hromada> hromadas() {
        guard.require(StaffRole.PLATFORM_OPERATOR);
        return hromadas.all();
    }

    /** Opens the hromada, all of it or (with every problem named next to its field) nothing. */
    public Opened open(NewHromada form) {
        StaffMember operator = guard.require(StaffRole.PLATFORM_OPERATOR);
        LocalDateTime now = KyivTime.nowUtc(clock);
        String oneTimePassword = RandomCodes.next();
        String passwordHash = passwordHasher.hash(oneTimePassword);
        Refusals refusals = new Refusals();
        Hromada hromada = refusals.collect(Map.of(), () -> new Hromada(form.getSlug(), form.getNameUk(), form.getNameEn(), now));
        if (hromada != null && hromadas.bySlug(hromada.slug()).isPresent()) {
            refusals.add(FieldViolation.of("slug", "hromada.slugTaken"));
        }
        List<String> settlements = form.settlementNames();
        if (settlements.isEmpty()) {
            refusals.add(FieldViolation.of("settlements", "hromada.settlementsRequired"));
        } else if (hromada != null) {
            settlements.forEach(name -> refusals.collect(Map.of("name", "settlements"),
                    () -> hromada.addTerritory(name, TerritoryKind.SETTLEMENT)));
        }
        // the administrator's fields are judged even when the hromada's are wrong, so every problem shows at once
        Hromada forAdministrator = hromada == null ? new Hromada("placeholder", "-", "-", now) : hromada;
        StaffAccount administrator = refusals.collect(Map.of("username", "administratorUsername", "fullName",
                "administratorFullName", "email", "administratorEmail"), () -> new StaffAccount(forAdministrator,
                        form.getAdministratorUsername(), form.getAdministratorFullName(), form.getAdministratorEmail(),
                        StaffRole.ADMINISTRATOR, passwordHash, now));
        if (staff.byUsername(form.getAdministratorUsername()).isPresent()) {
            refusals.add(FieldViolation.of("administratorUsername", "staff.usernameTaken"));
        }
        refusals.throwIfAny();
        if (form.isAdministratorsNeedSecondFactor()) {
            hromada.requireSecondFactorForAdministrators();
        }
        administrator.requirePasswordChange();
        try {
            hromadas.add(hromada);
            hromadas.flush();
        } catch (PersistenceException takenMeanwhile) {
            throw new InvalidInputException(FieldViolation.of("slug", "hromada.slugTaken"));
        }
        staff.add(administrator);
        Map<String, Object> after = snapshot(hromada);
        after.put("settlements", settlements);
        after.put("administrator", administrator.username());
        staffActions.fire(operator.performedIn(hromada.id(), "hromada.opened", "Hromada", hromada.id(), null, after, now));
        return new Opened(hromada, administrator.username(), oneTimePassword);
    }

    public void suspend(Long hromadaId) {
        StaffMember operator = guard.require(StaffRole.PLATFORM_OPERATOR);
        Hromada hromada = hromadas.byId(hromadaId).orElseThrow(NotFoundException::new);
        Map<String, Object> before = snapshot(hromada);
        hromada.suspend(KyivTime.nowUtc(clock));
        record(operator, "hromada.suspended", hromada, before);
    }

    public void resume(Long hromadaId) {
        StaffMember operator = guard.require(StaffRole.PLATFORM_OPERATOR);
        Hromada hromada = hromadas.byId(hromadaId).orElseThrow(NotFoundException::new);
        Map<String, Object> before = snapshot(hromada);
        hromada.resume();
        record(operator, "hromada.resumed", hromada, before);
    }

    private void record(StaffMember operator, String action, Hromada hromada, Map<String, Object> before) {
        staffActions.fire(operator.performedIn(hromada.id(), action, "Hromada", hromada.id(), before, snapshot(hromada),
                KyivTime.nowUtc(clock)));
    }

    private static Map<String, Object> snapshot(Hromada hromada) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("slug", hromada.slug());
        snapshot.put("nameUk", hromada.nameUk());
        snapshot.put("nameEn", hromada.nameEn());
        snapshot.put("suspended", hromada.isSuspended());
        return snapshot;
    }

    /** Every refusal of a form made of several parts, with each part's field names mapped to the form's. */
    private static final class Refusals {

        private final List<FieldViolation> found = new ArrayList<>();

        <T> T collect(Map<String, String> fieldNames, Supplier<T> part) {
            try {
                return part.get();
            } catch (InvalidInputException refused) {
                refused.violations().forEach(violation -> found.add(new FieldViolation(violation.field() == null ? null
                        : fieldNames.getOrDefault(violation.field(), violation.field()), violation.messageKey(),
                        violation.arguments())));
                return null;
            }
        }

        void add(FieldViolation violation) {
            found.add(violation);
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
        }
    }
}
