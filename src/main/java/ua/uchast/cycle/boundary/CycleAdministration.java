package ua.uchast.cycle.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.control.CycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;

/**
 * An administrator plans and revises their own hromada's budget cycles. A new cycle is a draft that only the
 * hromada's staff see; publishing it is an explicit step, and only a draft may be deleted.
 */
@ApplicationScoped
@Transactional
public class CycleAdministration {

    private StaffGuard guard;
    private CycleRepository cycles;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected CycleAdministration() {
    }

    @Inject
    public CycleAdministration(StaffGuard guard, CycleRepository cycles, Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    public List<BudgetCycle> cyclesOfMyHromada() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        return cycles.ofHromada(admin.hromadaId());
    }

    /** The cycle, if it belongs to the administrator's hromada; another hromada's cycle is refused. */
    public BudgetCycle cycleToEdit(Long cycleId) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        guard.requireWithin(cycle.hromadaId(), StaffRole.ADMINISTRATOR);
        return cycle;
    }

    public BudgetCycle plan(CyclePlan plan) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        BudgetCycle cycle = BudgetCycle.draft(admin.hromadaId(), plan, KyivTime.nowUtc(clock));
        refuseTakenYear(admin.hromadaId(), cycle.year(), null);
        cycles.add(cycle);
        record(admin, "cycle.planned", cycle, null);
        return cycle;
    }

    public BudgetCycle revise(Long cycleId, CyclePlan plan) {
        return change(cycleId, "cycle.revised", (cycle, admin) -> {
            cycle.revise(plan, KyivTime.today(clock));
            refuseTakenYear(admin.hromadaId(), cycle.year(), cycle.id());
        });
    }

    public BudgetCycle publish(Long cycleId) {
        return change(cycleId, "cycle.published", (cycle, admin) -> cycle.publish(KyivTime.nowUtc(clock)));
    }

    /** Changes one of the administrator's cycles and records how it looked before and after. */
    private BudgetCycle change(Long cycleId, String action, BiConsumer<BudgetCycle, StaffMember> change) {
        BudgetCycle cycle = cycleToEdit(cycleId);
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Map<String, Object> before = cycle.snapshot();
        change.accept(cycle, admin);
        cycles.flush();
        record(admin, action, cycle, before);
        return cycle;
    }

    /** Deletes a draft with its categories (and an imported election's ballots); a published cycle is refused. */
    public void deleteDraft(Long cycleId) {
        BudgetCycle cycle = cycleToEdit(cycleId);
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        cycle.requireDeletable();
        Map<String, Object> before = cycle.snapshot();
        cycles.remove(cycle);
        record(admin, "cycle.deleted", cycleId, before, null);
    }

    private void refuseTakenYear(Long hromadaId, int year, Long exceptCycleId) {
        if (cycles.yearTaken(hromadaId, year, exceptCycleId)) {
            throw new InvalidInputException(FieldViolation.of("year", "cycle.yearTaken", year));
        }
    }

    private void record(StaffMember admin, String action, BudgetCycle cycle, Map<String, Object> before) {
        record(admin, action, cycle.id(), before, cycle.snapshot());
    }

    private void record(StaffMember admin, String action, Long cycleId, Map<String, Object> before,
            Map<String, Object> after) {
        staffActions.fire(admin.performed(action, "BudgetCycle", cycleId, before, after, KyivTime.nowUtc(clock)));
    }
}
