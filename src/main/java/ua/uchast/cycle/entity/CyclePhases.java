package ua.uchast.cycle.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ua.uchast.platform.entity.Violations;

/**
 * The calendar of a cycle. Every date is a whole day in the hromada's time zone; an end date is inclusive.
 * Between the end of submission and the start of voting the commission reviews (until {@code reviewEnd}).
 */
@Embeddable
public class CyclePhases {

    @Column(name = "submission_start", nullable = false)
    private LocalDate submissionStart;
    @Column(name = "submission_end", nullable = false)
    private LocalDate submissionEnd;
    @Column(name = "review_end", nullable = false)
    private LocalDate reviewEnd;
    @Column(name = "voting_start", nullable = false)
    private LocalDate votingStart;
    @Column(name = "voting_end", nullable = false)
    private LocalDate votingEnd;
    @Column(name = "results_date", nullable = false)
    private LocalDate resultsDate;
    @Column(name = "implementation_start", nullable = false)
    private LocalDate implementationStart;

    protected CyclePhases() {
    }

    private CyclePhases(CyclePlan plan) {
        submissionStart = plan.getSubmissionStart();
        submissionEnd = plan.getSubmissionEnd();
        reviewEnd = plan.getReviewEnd();
        votingStart = plan.getVotingStart();
        votingEnd = plan.getVotingEnd();
        resultsDate = plan.getResultsDate();
        implementationStart = plan.getImplementationStart();
    }

    static CyclePhases of(CyclePlan plan) {
        return new CyclePhases(plan);
    }

    static void check(CyclePlan plan, Violations violations) {
        LocalDate[] dates = {plan.getSubmissionStart(), plan.getSubmissionEnd(), plan.getReviewEnd(), plan.getVotingStart(),
                plan.getVotingEnd(), plan.getResultsDate(), plan.getImplementationStart()};
        String[] fields = {"submissionStart", "submissionEnd", "reviewEnd", "votingStart", "votingEnd", "resultsDate",
                "implementationStart"};
        // submissionStart <= submissionEnd < reviewEnd < votingStart <= votingEnd < resultsDate <= implementationStart
        boolean[] mayBeSameDay = {true, false, false, true, false, true};
        for (int i = 0; i < dates.length; i++) {
            violations.require(dates[i] != null, fields[i], "validation.required");
        }
        for (int i = 1; i < dates.length; i++) {
            if (dates[i - 1] != null && dates[i] != null) {
                boolean inOrder = mayBeSameDay[i - 1] ? !dates[i].isBefore(dates[i - 1]) : dates[i].isAfter(dates[i - 1]);
                violations.require(inOrder, fields[i], mayBeSameDay[i - 1] ? "validation.dateNotBefore" : "validation.dateAfter",
                        "cycle." + fields[i - 1]);
            }
        }
    }

    public Phase on(LocalDate day) {
        if (day.isBefore(submissionStart)) {
            return Phase.ANNOUNCED;
        } else if (!day.isAfter(submissionEnd)) {
            return Phase.SUBMISSION;
        } else if (day.isBefore(votingStart)) {
            return Phase.REVIEW;
        } else if (!day.isAfter(votingEnd)) {
            return Phase.VOTING;
        } else if (day.isBefore(resultsDate)) {
            return Phase.COUNTING;
        } else if (day.isBefore(implementationStart)) {
            return Phase.RESULTS;
        }
        return Phase.IMPLEMENTATION;
    }

    boolean votingHasOpened(LocalDate day) {
        return !day.isBefore(votingStart);
    }

    void copyInto(CyclePlan plan) {
        plan.setSubmissionStart(submissionStart);
        plan.setSubmissionEnd(submissionEnd);
        plan.setReviewEnd(reviewEnd);
        plan.setVotingStart(votingStart);
        plan.setVotingEnd(votingEnd);
        plan.setResultsDate(resultsDate);
        plan.setImplementationStart(implementationStart);
    }

    public LocalDate submissionStart() {
        return submissionStart;
    }

    public LocalDate submissionEnd() {
        return submissionEnd;
    }

    public LocalDate reviewEnd() {
        return reviewEnd;
    }

    public LocalDate votingStart() {
        return votingStart;
    }

    public LocalDate votingEnd() {
        return votingEnd;
    }

    public LocalDate resultsDate() {
        return resultsDate;
    }

    public LocalDate implementationStart() {
        return implementationStart;
    }
}
