package ua.uchast.proposal.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * The commission proposes merging two similar projects; the merge happens only when both authors have consented.
 */
@Entity
@Table(name = "project_merge")
@NamedQuery(name = MergeProposal.OPEN_OF_PROJECT, query = "select m from MergeProposal m where m.completedAt is null "
        + "and (m.keptId = :projectId or m.absorbedId = :projectId)")
public class MergeProposal {

    public static final String OPEN_OF_PROJECT = "MergeProposal.openOfProject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "kept_id", nullable = false, updatable = false)
    private Long keptId;

    @Column(name = "absorbed_id", nullable = false, updatable = false)
    private Long absorbedId;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private LocalDateTime proposedAt;

    @Column(name = "kept_consent", nullable = false)
    private boolean keptConsent;

    @Column(name = "absorbed_consent", nullable = false)
    private boolean absorbedConsent;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Version
    private long version;

    protected MergeProposal() {
    }

    private MergeProposal(Long keptId, Long absorbedId, Long proposedBy, LocalDateTime proposedAt) {
        this.keptId = keptId;
        this.absorbedId = absorbedId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    /** A proposal to merge {@code absorbed} into {@code kept}: two different projects of one cycle, both in moderation. */
    public static MergeProposal between(Project kept, Project absorbed, Long proposedBy, LocalDateTime proposedAt) {
        if (!kept.mayMergeWith(absorbed)) {
            throw new InvalidInputException(FieldViolation.of("absorbedId", "moderation.cannotMerge"));
        }
        return new MergeProposal(kept.id(), absorbed.id(), proposedBy, proposedAt);
    }

    /** Whether the author of {@code projectId} still has to answer. */
    public boolean awaitsConsentFor(Long projectId) {
        return !isCompleted() && !hasConsentFor(projectId);
    }

    /** Records the consent of the author of {@code projectId}; true when both have now consented. */
    public boolean consent(Long projectId, LocalDateTime now) {
        if (projectId.equals(keptId)) {
            keptConsent = true;
        } else if (projectId.equals(absorbedId)) {
            absorbedConsent = true;
        } else {
            throw new IllegalArgumentException("Project " + projectId + " is not part of merge " + id);
        }
        if (keptConsent && absorbedConsent) {
            completedAt = now;
            return true;
        }
        return false;
    }

    private boolean hasConsentFor(Long projectId) {
        return projectId.equals(keptId) ? keptConsent : absorbedConsent;
    }

    public Long id() {
        return id;
    }

    public Long keptId() {
        return keptId;
    }

    public Long absorbedId() {
        return absorbedId;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}
