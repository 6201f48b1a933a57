package ua.uchast.moderation.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.moderation.control.ModerationRecords;
import ua.uchast.moderation.entity.MergeProposal;
import ua.uchast.moderation.entity.Review;
import ua.uchast.moderation.entity.ReviewForm;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.proposal.boundary.ProjectDecided;
import ua.uchast.proposal.control.CycleTermsSource;
import ua.uchast.proposal.control.ModerationQuery;
import ua.uchast.proposal.control.ProjectRepository;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectTransition;

/**
 * The commission's work on its own hromada's projects: the review queue, taking a project into review, the checklist
 * and decision, expert conclusions that change the estimate, and merges of similar projects (done once both authors
 * consent). Each action is audited as a staff action and each decision is e-mailed to the author after commit.
 */
@ApplicationScoped
@Transactional
public class ModerationDesk {

    static final int QUEUE_LIMIT = 500;

    private StaffGuard guard;
    private CurrentResident currentResident;
    private ProjectRepository projects;
    private ModerationRecords records;
    private CycleTermsSource termsSource;
    private Event<StaffActionPerformed> staffActions;
    private Event<ProjectDecided> decisions;
    private Clock clock;

    protected ModerationDesk() {
    }

    @Inject
    public ModerationDesk(StaffGuard guard, CurrentResident currentResident, ProjectRepository projects, ModerationRecords records,
            CycleTermsSource termsSource, Event<StaffActionPerformed> staffActions, Event<ProjectDecided> decisions, Clock clock) {
        this.guard = guard;
        this.currentResident = currentResident;
        this.projects = projects;
        this.records = records;
        this.termsSource = termsSource;
        this.staffActions = staffActions;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The queue of the commission member's own hromada, oldest first; {@code waitingDays} keeps those waiting at least so long. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> queue(QueueFilter filter) {
        StaffMember member = guard.require(StaffRole.COMMISSION);
        LocalDateTime waitingSince = filter.waitingDays() == null ? null : now().minusDays(filter.waitingDays());
        return projects.moderationQueue(new ModerationQuery(member.hromadaId(), filter.cycleId(), filter.categoryId(),
                filter.territoryId(), filter.statuses(), waitingSince, QUEUE_LIMIT));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project projectForReview(Long projectId) {
        Project project = projects.byId(projectId).orElseThrow(NotFoundException::new);
        guard.requireWithin(project.hromadaId(), StaffRole.COMMISSION);
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> reviewsOf(Long projectId) {
        return records.reviewsOf(projectForReview(projectId).id());
    }

    public Project startReview(Long projectId) {
        Project project = projectForReview(projectId);
        StaffMember member = guard.require(StaffRole.COMMISSION);
        Map<String, Object> before = project.snapshot();
        project.startReview(actor(member), projects.supportersOf(projectId), termsSource.termsOf(project.cycleId()), now());
        audited(member, "project.reviewStarted", project, before);
        return project;
    }

    /** Records the review and carries out its decision, in one transaction. */
    public Review decide(Long projectId, ReviewForm form) {
        Project project = projectForReview(projectId);
        StaffMember member = guard.require(StaffRole.COMMISSION);
        Map<String, Object> before = project.snapshot();
        Review review = Review.of(projectId, member.accountId(), member.fullName(), form, now());
        Actor reviewer = actor(member);
        switch (review.decision()) {
            case ACCEPT -> project.accept(reviewer, review.commentToAuthor(), review.internalNote(), now());
            case REQUEST_REVISION -> project.requestRevision(reviewer, review.commentToAuthor(), review.internalNote(), now());
            case REJECT -> project.reject(reviewer, review.commentToAuthor(), review.internalNote(), now());
        }
        records.add(review);
        audited(member, "project.reviewed." + review.decision().name(), project, before);
        tellAuthor(project);
        return review;
    }

    public Project proposeExpertEstimate(Long projectId, String conclusion, List<EstimateLineForm> lines) {
        Project project = projectForReview(projectId);
        StaffMember member = guard.require(StaffRole.COMMISSION);
        Map<String, Object> before = project.snapshot();
        project.proposeExpertEstimate(actor(member), conclusion, lines, termsSource.termsOf(project.cycleId()), now());
        audited(member, "project.expertEstimateProposed", project, before);
        tellAuthor(project);
        return project;
    }

    /** Proposes that {@code absorbedId} be merged into {@code keptId}; both must be this hromada's projects in moderation. */
    public MergeProposal proposeMerge(Long keptId, Long absorbedId) {
        Project kept = projectForReview(keptId);
        Project absorbed = projectForReview(absorbedId);
        StaffMember member = guard.require(StaffRole.COMMISSION);
        MergeProposal merge = records.add(new MergeProposal(kept.id(), absorbed.id(), member.accountId(), now()));
        staffActions.fire(new StaffActionPerformed(member.hromadaId(), member.accountId(), member.username(), "project.mergeProposed",
                "Project", absorbed.id(), null, Map.of("keptId", kept.id(), "absorbedId", absorbed.id()), now()));
        return merge;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MergeProposal> openMergesOf(Long projectId) {
        return records.openMergesOf(projectId);
    }

    /** The author of one of the two projects consents; with both consents the merge is carried out. */
    public MergeProposal consentToMerge(Long mergeId) {
        Resident resident = currentResident.get().orElseThrow(AccessDeniedException::new);
        MergeProposal merge = records.merge(mergeId).filter(found -> !found.isCompleted()).orElseThrow(NotFoundException::new);
        Project kept = projects.byId(merge.keptId()).orElseThrow(NotFoundException::new);
        Project absorbed = projects.byId(merge.absorbedId()).orElseThrow(NotFoundException::new);
        Project own = kept.isAuthor(resident.id()) ? kept : absorbed.isAuthor(resident.id()) ? absorbed : null;
        if (own == null) {
            throw new AccessDeniedException();
        }
        if (merge.consent(own.id(), now())) {
            absorbed.mergeInto(kept, Actor.resident(resident.id(), resident.displayName()), now());
            tellAuthor(absorbed);
        }
        projects.flush();
        return merge;
    }

    private void tellAuthor(Project project) {
        ProjectTransition last = project.history().get(project.history().size() - 1);
        decisions.fire(new ProjectDecided(project.id(), project.title(), project.authorName(), project.contactEmail(), last.event(),
                last.publicReason()));
    }

    private void audited(StaffMember member, String action, Project project, Map<String, Object> before) {
        projects.flush();
        staffActions.fire(new StaffActionPerformed(member.hromadaId(), member.accountId(), member.username(), action, "Project",
                project.id(), before, project.snapshot(), now()));
    }

    private static Actor actor(StaffMember member) {
        return Actor.staff(member.accountId(), member.fullName());
    }

    private LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }
}
