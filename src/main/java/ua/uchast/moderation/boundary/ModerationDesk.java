package ua.uchast.moderation.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.moderation.control.ModerationRecords;
import ua.uchast.moderation.entity.Review;
import ua.uchast.moderation.entity.ReviewForm;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.proposal.boundary.ProjectReviewing;
import ua.uchast.proposal.entity.Project;

/**
 * The commission's reviews of its own hromada's projects: the checklist, the comments and the decision, recorded and
 * carried out in one transaction. What a decision does to the project is proposal's business ({@link ProjectReviewing}).
 */
@ApplicationScoped
@Transactional
public class ModerationDesk {

    private StaffGuard guard;
    private ProjectReviewing reviewing;
    private ModerationRecords records;
    private Clock clock;

    protected ModerationDesk() {
    }

    @Inject
    public ModerationDesk(StaffGuard guard, ProjectReviewing reviewing, ModerationRecords records, Clock clock) {
        this.guard = guard;
        this.reviewing = reviewing;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Review> reviewsOf(Long projectId) {
        return records.reviewsOf(reviewing.projectForReview(projectId).id());
    }

    /** Records the review and carries out its decision, in one transaction. */
    public Review decide(Long projectId, ReviewForm form) {
        Project project = reviewing.projectForReview(projectId);
        StaffMember member = guard.require(StaffRole.COMMISSION);
        Review review = Review.of(project.id(), member.accountId(), member.fullName(), form, KyivTime.nowUtc(clock));
        switch (review.decision()) {
            case ACCEPT -> reviewing.accept(projectId, review.commentToAuthor(), review.internalNote());
            case REQUEST_REVISION -> reviewing.requestRevision(projectId, review.commentToAuthor(), review.internalNote());
            case REJECT -> reviewing.reject(projectId, review.commentToAuthor(), review.internalNote());
        }
        return records.add(review);
    }
}
