package ua.uchast.moderation.entity;

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

    public MergeProposal(Long keptId, Long absorbedId, Long proposedBy, LocalDateTime proposedAt) {
        if (keptId.equals(absorbedId)) {
            throw new InvalidInputException(FieldViolation.of("absorbedId", "moderation.cannotMerge"));
        }
        this.keptId = keptId;
        this.absorbedId = absorbedId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
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

    public boolean hasConsentFor(Long projectId) {
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
