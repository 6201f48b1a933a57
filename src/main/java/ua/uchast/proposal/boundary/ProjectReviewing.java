package ua.uchast.proposal.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.control.CycleTermsSource;
import ua.uchast.proposal.control.ProjectRepository;
import ua.uchast.proposal.control.ReviewQueueQuery;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.MergeProposal;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

/**
 * The commission's side of a project's life, for its own hromada only: the review queue, taking a project into review,
 * the decision on its status, an expert estimate, and proposing to merge two similar projects. The moderation component
 * keeps the reviews themselves and calls here for what they decide. Each change is audited and told to the author.
 */
@ApplicationScoped
@Transactional
public class ProjectReviewing {

    static final int QUEUE_LIMIT = 500;

    private StaffGuard guard;
    private ProjectRepository projects;
    private CycleTermsSource termsSource;
    private Event<StaffActionPerformed> staffActions;
    private Event<ProjectDecided> decisions;
    private Clock clock;

    protected ProjectReviewing() {
    }

    @Inject
    public ProjectReviewing(StaffGuard guard, ProjectRepository projects, CycleTermsSource termsSource,
            Event<StaffActionPerformed> staffActions, Event<ProjectDecided> decisions, Clock clock) {
        this.guard = guard;
        this.projects = projects;
        this.termsSource = termsSource;
        this.staffActions = staffActions;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * The queue of the commission member's own hromada, longest waiting first; without a status, every project in
     * moderation; {@code waitingDays} keeps those waiting at least so long.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> queue(ProjectFilter filter, Integer waitingDays) {
        StaffMember member = guard.require(StaffRole.COMMISSION);
        LocalDateTime waitingSince = waitingDays == null ? null : now().minusDays(waitingDays);
        return projects.reviewQueue(new ReviewQueueQuery(member.hromadaId(), filter.getCycleId(), filter.getCategoryId(),
                filter.getTerritoryId(), filter.getStatus() == null ? ProjectStatus.IN_MODERATION : EnumSet.of(filter.getStatus()),
                waitingSince, QUEUE_LIMIT));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project projectForReview(Long projectId) {
        Project project = projects.byId(projectId).orElseThrow(NotFoundException::new);
        guard.requireWithin(project.hromadaId(), StaffRole.COMMISSION);
        return project;
    }

    /** Taking a project into review is audited; the author hears of the decision that follows, not of this. */
    public Project startReview(Long projectId) {
        Project project = projectForReview(projectId);
        audited(project, "project.reviewStarted", (changed, reviewer) -> changed.startReview(reviewer,
                projects.supportersOf(projectId), termsSource.termsOf(changed.cycleId()), now()));
        return project;
    }

    public Project accept(Long projectId, String commentToAuthor, String internalNote) {
        return change(projectId, "project.reviewed.ACCEPT",
                (project, reviewer) -> project.accept(reviewer, commentToAuthor, internalNote, now()));
    }

    public Project requestRevision(Long projectId, String whatToChange, String internalNote) {
        return change(projectId, "project.reviewed.REQUEST_REVISION",
                (project, reviewer) -> project.requestRevision(reviewer, whatToChange, internalNote, now()));
    }

    public Project reject(Long projectId, String reason, String internalNote) {
        return change(projectId, "project.reviewed.REJECT", (project, reviewer) -> project.reject(reviewer, reason, internalNote, now()));
    }

    public Project proposeExpertEstimate(Long projectId, String conclusion, List<EstimateLineForm> lines) {
        return change(projectId, "project.expertEstimateProposed", (project, reviewer) -> project.proposeExpertEstimate(reviewer,
                conclusion, lines, termsSource.termsOf(project.cycleId()), now()));
    }

    /** Proposes that {@code absorbedId} be merged into {@code keptId}; it happens once both authors consent. */
    public MergeProposal proposeMerge(Long keptId, Long absorbedId) {
        Project kept = projectForReview(keptId);
        Project absorbed = projectForReview(absorbedId);
        StaffMember member = guard.require(StaffRole.COMMISSION);
        MergeProposal merge = projects.addMerge(MergeProposal.between(kept, absorbed, member.accountId(), now()));
        staffActions.fire(member.performed("project.mergeProposed", "Project", absorbed.id(), null,
                Map.of("keptId", kept.id(), "absorbedId", absorbed.id()), now()));
        return merge;
    }

    /** A decision about the project: audited, and told to the author once the transaction commits. */
    private Project change(Long projectId, String action, ProjectChange change) {
        Project project = projectForReview(projectId);
        audited(project, action, change);
        decisions.fire(ProjectDecided.latestOf(project));
        return project;
    }

    private void audited(Project project, String action, ProjectChange change) {
        StaffMember member = guard.require(StaffRole.COMMISSION);
        Map<String, Object> before = project.snapshot();
        change.apply(project, Actor.staff(member.accountId(), member.fullName()));
        projects.flush();
        staffActions.fire(member.performed(action, "Project", project.id(), before, project.snapshot(), now()));
    }

    @FunctionalInterface
    private interface ProjectChange {
        void apply(Project project, Actor reviewer);
    }

    private LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }
}
