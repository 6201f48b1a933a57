package ua.uchast.cycle.entity;

import java.time.LocalDate;

/** A plan that passes every check, with submission opening on a given day; tests spoil one thing at a time. */
public final class CyclePlans {

    private CyclePlans() {
    }

    public static CyclePlan valid(int year, LocalDate submissionStart) {
        CyclePlan plan = new CyclePlan();
        plan.setTitle("Бюджет участі " + year);
        plan.setYear(year);
        plan.setTotalBudget(3_000_000L);
        plan.setSubmissionStart(submissionStart);
        plan.setSubmissionEnd(submissionStart.plusDays(30));
        plan.setReviewEnd(submissionStart.plusDays(45));
        plan.setVotingStart(submissionStart.plusDays(60));
        plan.setVotingEnd(submissionStart.plusDays(70));
        plan.setResultsDate(submissionStart.plusDays(75));
        plan.setImplementationStart(submissionStart.plusDays(100));
        plan.addCategory(new CategoryPlan("Малі проєкти", 1_000_000L, 50_000L, 300_000L, 1));
        plan.addCategory(new CategoryPlan("Великі проєкти", 2_000_000L, 300_001L, 1_000_000L, 1));
        return plan;
    }
}
