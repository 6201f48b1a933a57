package ua.uchast.tally.boundary;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;
import ua.uchast.tally.control.ExclusiveGroupRepository;
import ua.uchast.tally.entity.ExclusiveGroup;

/**
 * An administrator declares which accepted projects of their hromada's cycle exclude each other (the same site, the
 * same purpose), until voting opens: of each group at most one project wins, the first the cycle's rule funds. Every
 * change is audited; the tally ({@link TallyAdministration}) honours the groups.
 */
@ApplicationScoped
@Transactional
public class ExclusiveGroups {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StaffGuard guard;
    private CycleAdministration cycles;
    private CycleCatalog catalog;
    private ProjectCatalogue projects;
    private ExclusiveGroupRepository groups;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected ExclusiveGroups() {
    }

    @Inject
    public ExclusiveGroups(StaffGuard guard, CycleAdministration cycles, CycleCatalog catalog, ProjectCatalogue projects,
            ExclusiveGroupRepository groups, Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.catalog = catalog;
        this.projects = projects;
        this.groups = groups;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    /** The cycle's groups and accepted projects; only the cycle's own administrator may see them. */
    public CycleExclusiveGroups of(Long cycleId) {
        BudgetCycle cycle = cycles.cycleToEdit(cycleId);
        return new CycleExclusiveGroups(cycle, projects.onBallot(cycleId), groups.ofCycle(cycleId), editable(cycle));
    }

    /** Declares that the projects (at least two accepted projects of the cycle) exclude each other, and why. */
    public ExclusiveGroup declare(Long cycleId, Collection<Long> projectIds, String reason) {
        BudgetCycle cycle = editableCycle(cycleId);
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Set<Long> accepted = Set.copyOf(projects.onBallot(cycleId).stream().map(Project::id).toList());
        if (!accepted.containsAll(projectIds.stream().filter(id -> id != null).toList())) {
            throw new InvalidInputException(FieldViolation.of("projects", "tally.groups.notAccepted"));
        }
        ExclusiveGroup group = ExclusiveGroup.declare(cycle.id(), projectIds, reason, KyivTime.nowUtc(clock));
        if (groups.ofCycle(cycleId).stream().anyMatch(group::sameProjectsAs)) {
            throw new InvalidInputException(FieldViolation.of("projects", "tally.groups.exists"));
        }
        groups.add(group);
        record(admin, "tally.exclusiveGroup.declared", cycle, null, group.snapshot());
        return group;
    }

    /** Removes a group of the cycle. */
    public void remove(Long cycleId, Long groupId) {
        BudgetCycle cycle = editableCycle(cycleId);
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        ExclusiveGroup group = groups.byId(groupId).filter(candidate -> candidate.cycleId().equals(cycle.id()))
                .orElseThrow(NotFoundException::new);
        groups.remove(group);
        record(admin, "tally.exclusiveGroup.removed", cycle, group.snapshot(), null);
    }

    private BudgetCycle editableCycle(Long cycleId) {
        BudgetCycle cycle = cycles.cycleToEdit(cycleId);
        if (!editable(cycle)) {
            throw new InvalidInputException(FieldViolation.general("tally.groups.frozen",
                    DATE.format(cycle.phases().votingStart())));
        }
        return cycle;
    }

    private boolean editable(BudgetCycle cycle) {
        return !cycle.rulesFrozenOn(catalog.today());
    }

    private void record(StaffMember admin, String action, BudgetCycle cycle, Map<String, Object> before,
            Map<String, Object> after) {
        staffActions.fire(admin.performed(action, "BudgetCycle", cycle.id(), before, after, KyivTime.nowUtc(clock)));
    }
}
