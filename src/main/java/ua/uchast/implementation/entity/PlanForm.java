package ua.uchast.implementation.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What staff type about a winner's implementation: the responsible department, the planned amount and the amount spent
 * so far (whole hryvnias), why more was spent than planned, and the planned completion date.
 */
public class PlanForm implements Serializable {

    private String department;
    private Long plannedAmount;
    private Long spentAmount;
    private String overspendReason;
    private LocalDate plannedCompletion;

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Long getPlannedAmount() {
        return plannedAmount;
    }

    public void setPlannedAmount(Long plannedAmount) {
        this.plannedAmount = plannedAmount;
    }

    public Long getSpentAmount() {
        return spentAmount;
    }

    public void setSpentAmount(Long spentAmount) {
        this.spentAmount = spentAmount;
    }

    public String getOverspendReason() {
        return overspendReason;
    }

    public void setOverspendReason(String overspendReason) {
        this.overspendReason = overspendReason;
    }

    public LocalDate getPlannedCompletion() {
        return plannedCompletion;
    }

    public void setPlannedCompletion(LocalDate plannedCompletion) {
        this.plannedCompletion = plannedCompletion;
    }
}
