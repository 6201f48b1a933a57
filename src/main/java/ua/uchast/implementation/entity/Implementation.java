package ua.uchast.implementation.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.Texts;
import ua.uchast.platform.entity.Violations;

/**
 * How a winning project is being carried out (DESIGN §8): its status, the responsible department and staff member,
 * the planned amount and what was spent so far (whole hryvnias; more than planned only with a reason), the planned
 * completion date (not before the cycle's results) and dated progress reports. Every change is kept in its history.
 */
@Entity
@Table(name = "implementation_record")
@NamedQuery(name = Implementation.OF_PROJECT, query = "select i from Implementation i where i.projectId = :projectId")
@NamedQuery(name = Implementation.OF_PROJECTS, query = "select i from Implementation i where i.projectId in :projectIds")
@NamedQuery(name = Implementation.OF_EXECUTOR, query = "select i from Implementation i where i.executorId = :executorId")
public class Implementation {

    public static final String OF_PROJECT = "Implementation.ofProject";
    public static final String OF_PROJECTS = "Implementation.ofProjects";
    public static final String OF_EXECUTOR = "Implementation.ofExecutor";
    public static final int MAX_DEPARTMENT = 200;
    public static final int MAX_REASON = 2000;
    public static final int MAX_REPORT_TEXT = 4000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "hromada_id", nullable = false, updatable = false)
    private Long hromadaId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImplementationStatus status;

    @Column(name = "status_reason", length = MAX_REASON)
    private String statusReason;

    @Column(length = MAX_DEPARTMENT)
    private String department;

    @Column(name = "executor_id")
    private Long executorId;

    @Column(name = "executor_name", length = 200)
    private String executorName;

    @Column(name = "planned_amount", nullable = false)
    private long plannedAmount;

    @Column(name = "spent_amount", nullable = false)
    private long spentAmount;

    @Column(name = "overspend_reason", length = MAX_REASON)
    private String overspendReason;

    @Column(name = "planned_completion")
    private LocalDate plannedCompletion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "implementation", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ImplementationEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "implementation", cascade = CascadeType.PERSIST)
    @OrderBy("reportedOn, id")
    private List<ProgressReport> reports = new ArrayList<>();

    protected Implementation() {
    }

    private Implementation(Long projectId, Long hromadaId, Long cycleId, Money cost, LocalDateTime now) {
        this.projectId = projectId;
        this.hromadaId = hromadaId;
        this.cycleId = cycleId;
        this.status = ImplementationStatus.PLANNED;
        this.plannedAmount = cost.hryvnias();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * A winner's record as it starts: planned, the project's cost as the planned amount, nothing spent, no department
     * or date yet. Until staff first act on a winner this is also how it is shown (not stored).
     */
    public static Implementation startFor(Long projectId, Long hromadaId, Long cycleId, Money cost, LocalDateTime now) {
        return new Implementation(projectId, hromadaId, cycleId, cost, now);
    }

    /** Makes a staff member responsible (or nobody, with null); false when it is already so. */
    public boolean assign(Long accountId, String accountName, Editor by, LocalDateTime now) {
        if (Objects.equals(executorId, accountId)) {
            return false;
        }
        executorId = accountId;
        executorName = accountId == null ? null : accountName;
        record(ImplementationEvent.Kind.EXECUTOR_ASSIGNED, status, null, by, now).naming(executorName);
        return true;
    }

    /**
     * Replaces the plan and the amount spent with what the form says, all or nothing; false when nothing changed.
     *
     * @param resultsDate the cycle's results date: the work cannot be planned to end before the winners were known
     */
    public boolean revise(PlanForm form, LocalDate resultsDate, Editor by, LocalDateTime now) {
        check(form, resultsDate);
        String newDepartment = form.getDepartment().strip();
        String newReason = form.getSpentAmount() > form.getPlannedAmount() ? form.getOverspendReason().strip() : null;
        if (newDepartment.equals(department) && form.getPlannedAmount() == plannedAmount && form.getSpentAmount() == spentAmount
                && Objects.equals(newReason, overspendReason) && form.getPlannedCompletion().equals(plannedCompletion)) {
            return false;
        }
        department = newDepartment;
        plannedAmount = form.getPlannedAmount();
        spentAmount = form.getSpentAmount();
        overspendReason = newReason;
        plannedCompletion = form.getPlannedCompletion();
        record(ImplementationEvent.Kind.PLAN_REVISED, status, overspendReason, by, now).withPlanOf(this);
        return true;
    }

    /** Every rule of the plan at once, so staff see all that is wrong: nothing is changed if anything is. */
    static void check(PlanForm form, LocalDate resultsDate) {
        Violations violations = new Violations().requireText("department", form.getDepartment(), MAX_DEPARTMENT);
        Long planned = form.getPlannedAmount();
        Long spent = form.getSpentAmount();
        if (planned == null) {
            violations.add("plannedAmount", "validation.required");
        } else if (planned <= 0) {
            violations.add("plannedAmount", "validation.moneyPositive");
        }
        if (spent == null) {
            violations.add("spentAmount", "validation.required");
        } else if (spent < 0) {
            violations.add("spentAmount", "implementation.spentNegative");
        } else if (planned != null && spent > planned && Texts.stripped(form.getOverspendReason()) == null) {
            violations.add("overspendReason", "implementation.overspendReasonRequired");
        }
        String reason = Texts.stripped(form.getOverspendReason());
        violations.require(reason == null || reason.length() <= MAX_REASON, "overspendReason", "validation.tooLong", MAX_REASON);
        if (form.getPlannedCompletion() == null) {
            violations.add("plannedCompletion", "validation.required");
        } else if (form.getPlannedCompletion().isBefore(resultsDate)) {
            violations.add("plannedCompletion", "implementation.completionBeforeResults", DATE.format(resultsDate));
        }
        violations.throwIfAny();
    }

    /**
     * Moves the status on (planned → in progress → implemented; not implemented from either, with a reason). Work
     * starts only once it is planned: a department and a completion date.
     */
    public void moveTo(ImplementationStatus to, String reason, Editor by, LocalDateTime now) {
        if (to == null || !status.mayMoveTo(to)) {
            throw general("implementation.wrongStatus");
        }
        if (to == ImplementationStatus.IN_PROGRESS && !isPlanned()) {
            throw general("implementation.planFirst");
        }
        Violations violations = new Violations();
        if (to == ImplementationStatus.NOT_IMPLEMENTED) {
            violations.requireText("reason", reason, MAX_REASON);
        } else {
            String note = Texts.stripped(reason);
            violations.require(note == null || note.length() <= MAX_REASON, "reason", "validation.tooLong", MAX_REASON);
        }
        violations.throwIfAny();
        ImplementationStatus from = status;
        status = to;
        statusReason = Texts.stripped(reason);
        record(ImplementationEvent.Kind.STATUS_CHANGED, from, statusReason, by, now);
    }

    /**
     * A dated report of progress, in any status (a report after completion is news too): the day it describes is not
     * in the future and not before the cycle's results. {@code photos} is how many photos come with it, at most
     * {@value ProgressReport#MAX_PHOTOS}.
     */
    public ProgressReport report(ReportForm form, int photos, LocalDate resultsDate, LocalDate today, Editor by, LocalDateTime now) {
        Violations violations = new Violations().requireText("text", form.getText(), MAX_REPORT_TEXT);
        LocalDate day = form.getReportedOn();
        if (day == null) {
            violations.add("reportedOn", "validation.required");
        } else if (day.isAfter(today)) {
            violations.add("reportedOn", "implementation.reportInFuture");
        } else if (day.isBefore(resultsDate)) {
            violations.add("reportedOn", "implementation.reportBeforeResults", DATE.format(resultsDate));
        }
        violations.require(photos <= ProgressReport.MAX_PHOTOS, "photos", "implementation.tooManyPhotos", ProgressReport.MAX_PHOTOS);
        violations.throwIfAny();
        ProgressReport report = new ProgressReport(this, day, form.getText().strip(), by, now);
        reports.add(report);
        record(ImplementationEvent.Kind.REPORT_POSTED, status, null, by, now).about(report);
        return report;
    }

    /** Past its planned completion date and neither implemented nor given up. */
    public boolean isOverdue(LocalDate today) {
        return plannedCompletion != null && today.isAfter(plannedCompletion) && !status.isFinished();
    }

    /** A department and a completion date are known. */
    public boolean isPlanned() {
        return department != null && plannedCompletion != null;
    }

    public boolean isAssignedTo(Long accountId) {
        return executorId != null && executorId.equals(accountId);
    }

    /** What was spent as a share of what was planned, in whole percent (over 100 when more was spent). */
    public long percentSpent() {
        return plannedAmount == 0 ? 0 : spentAmount * 100 / plannedAmount;
    }

    /** The plan as staff edit it. */
    public PlanForm toForm() {
        PlanForm form = new PlanForm();
        form.setDepartment(department);
        form.setPlannedAmount(plannedAmount);
        form.setSpentAmount(spentAmount);
        form.setOverspendReason(overspendReason);
        form.setPlannedCompletion(plannedCompletion);
        return form;
    }

    /** A flat description for the audit log. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("projectId", projectId);
        snapshot.put("implementationStatus", status.name());
        snapshot.put("implementationNote", statusReason);
        snapshot.put("department", department);
        snapshot.put("executor", executorName);
        snapshot.put("plannedAmount", plannedAmount);
        snapshot.put("spentAmount", spentAmount);
        snapshot.put("overspendReason", overspendReason);
        snapshot.put("plannedCompletion", plannedCompletion == null ? null : plannedCompletion.toString());
        snapshot.put("reports", reports.size());
        return snapshot;
    }

    private ImplementationEvent record(ImplementationEvent.Kind kind, ImplementationStatus from, String note, Editor by,
            LocalDateTime now) {
        updatedAt = now;
        ImplementationEvent event = new ImplementationEvent(this, kind, from, status, note, by, now);
        history.add(event);
        return event;
    }

    private static InvalidInputException general(String messageKey) {
        return new InvalidInputException(FieldViolation.general(messageKey));
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public Long hromadaId() {
        return hromadaId;
    }

    public Long cycleId() {
        return cycleId;
    }

    public ImplementationStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public String department() {
        return department;
    }

    public Long executorId() {
        return executorId;
    }

    public String executorName() {
        return executorName;
    }

    public Money plannedAmount() {
        return Money.ofHryvnias(plannedAmount);
    }

    public Money spentAmount() {
        return Money.ofHryvnias(spentAmount);
    }

    public String overspendReason() {
        return overspendReason;
    }

    public LocalDate plannedCompletion() {
        return plannedCompletion;
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }

    public List<ImplementationEvent> history() {
        return Collections.unmodifiableList(history);
    }

    /** What the public sees of the history: everything but who on the staff is responsible. */
    public List<ImplementationEvent> publicHistory() {
        return history.stream().filter(ImplementationEvent::isPublic).toList();
    }

    public List<ProgressReport> reports() {
        return Collections.unmodifiableList(reports);
    }
}
