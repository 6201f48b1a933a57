package ua.uchast.implementation.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.Texts;

/**
 * One entry of an implementation's history: a status change (with its reason), the plan as it stood after a revision,
 * a report posted, or who is responsible now. Entries are only ever added.
 */
@Entity
@Table(name = "implementation_event")
public class ImplementationEvent {

    public enum Kind {
        EXECUTOR_ASSIGNED, PLAN_REVISED, STATUS_CHANGED, REPORT_POSTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "implementation_id", updatable = false)
    private Implementation implementation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private ImplementationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ImplementationStatus to;

    @Column(length = Implementation.MAX_REASON, updatable = false)
    private String note;

    @Column(length = Implementation.MAX_DEPARTMENT, updatable = false)
    private String department;

    @Column(name = "planned_amount", updatable = false)
    private Long plannedAmount;

    @Column(name = "spent_amount", updatable = false)
    private Long spentAmount;

    @Column(name = "planned_completion", updatable = false)
    private LocalDate plannedCompletion;

    @ManyToOne
    @JoinColumn(name = "report_id", updatable = false)
    private ProgressReport report;

    @Column(name = "executor_name", length = 200, updatable = false)
    private String executorName;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 200, updatable = false)
    private String actorName;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected ImplementationEvent() {
    }

    ImplementationEvent(Implementation implementation, Kind kind, ImplementationStatus from, ImplementationStatus to, String note,
            Editor by, LocalDateTime occurredAt) {
        this.implementation = implementation;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.note = Texts.stripped(note);
        this.actorId = by.accountId();
        this.actorName = by.name();
        this.occurredAt = occurredAt;
    }

    ImplementationEvent withPlanOf(Implementation revised) {
        department = revised.department();
        plannedAmount = revised.plannedAmount().hryvnias();
        spentAmount = revised.spentAmount().hryvnias();
        plannedCompletion = revised.plannedCompletion();
        return this;
    }

    ImplementationEvent about(ProgressReport posted) {
        report = posted;
        return this;
    }

    ImplementationEvent naming(String responsible) {
        executorName = responsible;
        return this;
    }

    /** Who on the staff is responsible is for staff; everything else is for everyone. */
    public boolean isPublic() {
        return kind != Kind.EXECUTOR_ASSIGNED;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public ImplementationStatus from() {
        return from;
    }

    public ImplementationStatus to() {
        return to;
    }

    public String note() {
        return note;
    }

    public String department() {
        return department;
    }

    public Money plannedAmount() {
        return plannedAmount == null ? null : Money.ofHryvnias(plannedAmount);
    }

    public Money spentAmount() {
        return spentAmount == null ? null : Money.ofHryvnias(spentAmount);
    }

    public LocalDate plannedCompletion() {
        return plannedCompletion;
    }

    public ProgressReport report() {
        return report;
    }

    public String executorName() {
        return executorName;
    }

    public String actorName() {
        return actorName;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
