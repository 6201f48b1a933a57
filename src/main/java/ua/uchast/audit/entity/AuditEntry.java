package ua.uchast.audit.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of the append-only audit log: who did what to which subject, when, and how it looked before and after. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.OF_HROMADA,
        query = "select a from AuditEntry a where a.hromadaId = :hromadaId order by a.occurredAt desc, a.id desc")
public class AuditEntry {

    public static final String OF_HROMADA = "AuditEntry.ofHromada";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hromada_id", nullable = false, updatable = false)
    private Long hromadaId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_username", nullable = false, updatable = false, length = 60)
    private String actorUsername;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "before_state", updatable = false, columnDefinition = "TEXT")
    private String before;

    @Column(name = "after_state", updatable = false, columnDefinition = "TEXT")
    private String after;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected AuditEntry() {
    }

    public AuditEntry(Long hromadaId, Long actorId, String actorUsername, String action, String subjectType, Long subjectId,
            String before, String after, LocalDateTime occurredAt) {
        this.hromadaId = hromadaId;
        this.actorId = actorId;
        this.actorUsername = actorUsername;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public Long hromadaId() {
        return hromadaId;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
