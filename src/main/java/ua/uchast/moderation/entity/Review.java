package ua.uchast.moderation.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.Texts;
import ua.uchast.platform.entity.Violations;
import ua.uchast.proposal.entity.ProjectTransition;

/**
 * A commission member's review of a project: the checklist, the decision, the comment the author (and the public)
 * reads and a note only the commission sees. Accepting needs every check ticked; rejecting and asking for revision
 * need a comment.
 */
@Entity
@Table(name = "project_review")
@NamedQuery(name = Review.OF_PROJECT, query = "select r from Review r where r.projectId = :projectId order by r.reviewedAt desc, r.id desc")
public class Review {

    public static final String OF_PROJECT = "Review.ofProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private Long reviewerId;

    @Column(name = "reviewer_name", nullable = false, length = 200, updatable = false)
    private String reviewerName;

    @Column(nullable = false, updatable = false)
    private boolean complete;

    @Column(nullable = false, updatable = false)
    private boolean legal;

    @Column(name = "within_powers", nullable = false, updatable = false)
    private boolean withinPowers;

    @Column(name = "on_public_land", nullable = false, updatable = false)
    private boolean onPublicLand;

    @Column(name = "cost_realistic", nullable = false, updatable = false)
    private boolean costRealistic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ReviewDecision decision;

    @Column(name = "comment_to_author", length = ProjectTransition.MAX_TEXT, updatable = false)
    private String commentToAuthor;

    @Column(name = "internal_note", length = ProjectTransition.MAX_TEXT, updatable = false)
    private String internalNote;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private LocalDateTime reviewedAt;

    protected Review() {
    }

    private Review(Long projectId, Long reviewerId, String reviewerName, ReviewForm form, LocalDateTime reviewedAt) {
        this.projectId = projectId;
        this.reviewerId = reviewerId;
        this.reviewerName = reviewerName;
        this.complete = form.isComplete();
        this.legal = form.isLegal();
        this.withinPowers = form.isWithinPowers();
        this.onPublicLand = form.isOnPublicLand();
        this.costRealistic = form.isCostRealistic();
        this.decision = form.getDecision();
        this.commentToAuthor = Texts.stripped(form.getCommentToAuthor());
        this.internalNote = Texts.stripped(form.getInternalNote());
        this.reviewedAt = reviewedAt;
    }

    /** A review from the form, or every reason why it cannot be one. */
    public static Review of(Long projectId, Long reviewerId, String reviewerName, ReviewForm form, LocalDateTime now) {
        Violations violations = new Violations().require(form.getDecision() != null, "decision", "validation.required");
        boolean needsComment = form.getDecision() == ReviewDecision.REJECT || form.getDecision() == ReviewDecision.REQUEST_REVISION;
        if (needsComment) {
            violations.requireText("commentToAuthor", form.getCommentToAuthor(), ProjectTransition.MAX_TEXT);
        } else if (form.getCommentToAuthor() != null) {
            violations.require(form.getCommentToAuthor().strip().length() <= ProjectTransition.MAX_TEXT, "commentToAuthor",
                    "validation.tooLong", ProjectTransition.MAX_TEXT);
        }
        if (form.getInternalNote() != null) {
            violations.require(form.getInternalNote().strip().length() <= ProjectTransition.MAX_TEXT, "internalNote",
                    "validation.tooLong", ProjectTransition.MAX_TEXT);
        }
        if (form.getDecision() == ReviewDecision.ACCEPT) {
            violations.require(form.allChecksPassed(), "decision", "moderation.checklistIncomplete");
        }
        violations.throwIfAny();
        return new Review(projectId, reviewerId, reviewerName, form, now);
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public String reviewerName() {
        return reviewerName;
    }

    public boolean complete() {
        return complete;
    }

    public boolean legal() {
        return legal;
    }

    public boolean withinPowers() {
        return withinPowers;
    }

    public boolean onPublicLand() {
        return onPublicLand;
    }

    public boolean costRealistic() {
        return costRealistic;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public String commentToAuthor() {
        return commentToAuthor;
    }

    public String internalNote() {
        return internalNote;
    }

    public LocalDateTime reviewedAt() {
        return reviewedAt;
    }
}
