package ua.uchast.proposal.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.DemoDataRequested;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.control.ProjectRepository;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

/**
 * What the published tally made of a cycle's projects on the ballot: the winners become "winner", the others "not
 * selected" (DESIGN §3). The results component calls here when the hromada's administrator publishes a result or a
 * correction of it; each project whose status changes gets a history entry with the correction's reason, an audit
 * entry, and a letter to its author.
 */
@ApplicationScoped
@Transactional
public class ProjectOutcomes {

    private StaffGuard guard;
    private CycleCatalog cycles;
    private ProjectRepository projects;
    private Event<StaffActionPerformed> staffActions;
    private Event<ProjectDecided> decisions;
    private Clock clock;

    protected ProjectOutcomes() {
    }

    @Inject
    public ProjectOutcomes(StaffGuard guard, CycleCatalog cycles, ProjectRepository projects,
            Event<StaffActionPerformed> staffActions, Event<ProjectDecided> decisions, Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.projects = projects;
        this.staffActions = staffActions;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Records the outcome for every project of the cycle on the ballot ({@code winners} by proposal id; every other one
     * is not selected), by the administrator of the cycle's hromada. {@code reason} is the correction's (null for a
     * first publication). Returns how many projects changed status.
     */
    public int record(Long cycleId, Set<Long> winners, String reason) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        StaffMember admin = guard.requireWithin(cycle.hromadaId(), StaffRole.ADMINISTRATOR);
        List<Project> onBallot = onBallot(cycleId, winners);
        Actor publisher = Actor.staff(admin.accountId(), admin.fullName());
        LocalDateTime now = KyivTime.nowUtc(clock);
        int changed = 0;
        for (Project project : onBallot) {
            Map<String, Object> before = project.snapshot();
            if (project.recordOutcome(winners.contains(project.id()), publisher, reason, now)) {
                changed++;
                projects.flush();
                staffActions.fire(admin.performed("project.outcome", "Project", project.id(), before, project.snapshot(), now));
                decisions.fire(ProjectDecided.latestOf(project));
            }
        }
        return changed;
    }

    /**
     * The same for the demo data, which is loaded before anyone signs in: recorded in the projects' history under the
     * publisher's name, neither audited nor mailed. Only the demo loader makes a {@link DemoDataRequested}.
     */
    public void recordInDemo(DemoDataRequested demo, Long cycleId, Set<Long> winners, String publisherName, LocalDateTime at) {
        Actor publisher = Actor.staff(null, publisherName);
        onBallot(cycleId, winners).forEach(project -> project.recordOutcome(winners.contains(project.id()), publisher, null, at));
        projects.flush();
    }

    private List<Project> onBallot(Long cycleId, Set<Long> winners) {
        List<Project> onBallot = projects.ofCycle(cycleId, ProjectStatus.ON_BALLOT);
        Set<Long> ids = onBallot.stream().map(Project::id).collect(Collectors.toSet());
        if (!ids.containsAll(winners)) {
            throw new IllegalArgumentException("winners not on the ballot of cycle " + cycleId + ": " + winners);
        }
        return onBallot;
    }
}
