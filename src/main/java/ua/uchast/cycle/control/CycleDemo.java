package ua.uchast.cycle.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CategoryPlan;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.cycle.entity.ResidencyPolicy;
import ua.uchast.cycle.entity.TallyRule;
import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.platform.control.DemoDataRequested;

/**
 * The demo cycles, dated around today so that every phase has a cycle in it, and named after the year their
 * implementation starts (a cycle's process runs in the year before, as hromadas do it).
 */
@ApplicationScoped
public class CycleDemo {

    /** Which demo hromada (by slug) has a cycle in which phase, counted by the tally rule. */
    record DemoCycle(String hromadaSlug, Phase phase, TallyRule rule) {
    }

    static final List<DemoCycle> CYCLES = List.of(
            new DemoCycle("vyshneva", Phase.IMPLEMENTATION, TallyRule.GREEDY),
            new DemoCycle("vyshneva", Phase.VOTING, TallyRule.EQUAL_SHARES),
            new DemoCycle("vyshneva", Phase.SUBMISSION, TallyRule.GREEDY),
            new DemoCycle("kalynivka", Phase.IMPLEMENTATION, TallyRule.GREEDY),
            new DemoCycle("kalynivka", Phase.RESULTS, TallyRule.GREEDY_NO_SKIP),
            new DemoCycle("kalynivka", Phase.ANNOUNCED, TallyRule.GREEDY),
            new DemoCycle("myrne", Phase.COUNTING, TallyRule.GREEDY),
            new DemoCycle("myrne", Phase.REVIEW, TallyRule.GREEDY));

    /** The name of the demo's knapsack category. */
    public static final String YOUTH = "Проєкти для молоді";
    static final long YOUTH_BUDGET = 400_000L;

    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleRepository cycles;

    void load(@Observes @Priority(DemoDataRequested.CYCLE) DemoDataRequested request) {
        LocalDateTime now = request.now();
        for (DemoCycle demo : CYCLES) {
            Long hromadaId = hromadas.bySlug(demo.hromadaSlug()).orElseThrow().id();
            CyclePlan plan = planIn(demo.phase(), request.today());
            plan.setTallyRule(demo.rule());
            if (demo.phase() == Phase.VOTING) {
                openVote(plan);
            }
            cycles.add(BudgetCycle.plan(hromadaId, plan, now));
        }
    }

    /**
     * The open vote: a third category where voters choose any projects within its budget (knapsack voting), counts shown
     * while voting runs, and residence by the voter's own declaration, so all three channels (a qualified signature
     * carries no address) can vote in it.
     */
    private static void openVote(CyclePlan plan) {
        plan.setResidencyPolicy(ResidencyPolicy.SIGNED_DECLARATION);
        plan.setTotalBudget(plan.getTotalBudget() + YOUTH_BUDGET);
        plan.addCategory(new CategoryPlan(YOUTH, YOUTH_BUDGET, 50_000L, YOUTH_BUDGET, 1, VotingStyle.WITHIN_BUDGET));
        plan.setLiveCounts(true);
    }

    /** A typical cycle whose calendar puts it in {@code phase} on {@code today}. */
    static CyclePlan planIn(Phase phase, LocalDate today) {
        int[] days = switch (phase) {
            case ANNOUNCED -> new int[] {60, 90, 105, 117, 130, 137};
            case SUBMISSION -> new int[] {-10, 30, 45, 57, 70, 75};
            case REVIEW -> new int[] {-40, -10, 20, 30, 44, 50};
            case VOTING -> new int[] {-60, -30, -10, -5, 9, 16};
            case COUNTING -> new int[] {-80, -50, -25, -14, -2, 7};
            case RESULTS -> new int[] {-100, -70, -45, -30, -16, -8};
            case IMPLEMENTATION -> new int[] {-425, -395, -375, -370, -356, -349};
        };
        int year = yearIn(phase, today);
        LocalDate resultsDate = today.plusDays(days[5]);
        LocalDate firstOfYear = LocalDate.of(year, 1, 1);
        LocalDate implementationStart = resultsDate.plusDays(20).isAfter(firstOfYear) ? resultsDate.plusDays(20) : firstOfYear;
        CyclePlan plan = typicalPlan(year, today.plusDays(days[0]));
        plan.setSubmissionEnd(today.plusDays(days[1]));
        plan.setReviewEnd(today.plusDays(days[2]));
        plan.setVotingStart(today.plusDays(days[3]));
        plan.setVotingEnd(today.plusDays(days[4]));
        plan.setResultsDate(resultsDate);
        plan.setImplementationStart(implementationStart);
        plan.setTotalBudget(2_500_000L);
        plan.getCategories().get(0).setBudget(500_000L);
        plan.getCategories().get(0).setMaxChoices(2);
        return plan;
    }

    /**
     * The year of the demo cycle in {@code phase}: the budget whose process runs now is next year's from July on; the
     * one being implemented is a year older, the ones still gathering or reviewing proposals a year younger.
     */
    public static int yearIn(Phase phase, LocalDate today) {
        int current = today.getMonthValue() >= 7 ? today.getYear() + 1 : today.getYear();
        return current + switch (phase) {
            case IMPLEMENTATION -> -1;
            case ANNOUNCED, SUBMISSION, REVIEW -> 1;
            default -> 0;
        };
    }

    /**
     * A typical cycle: 3 000 000 UAH in small and large projects (one of each a voter), proposals
     * opening on {@code submissionStart} for a month, review, voting from day 57 to day 70, results on day 75,
     * implementation from day 100.
     */
    public static CyclePlan typicalPlan(int year, LocalDate submissionStart) {
        CyclePlan plan = new CyclePlan();
        plan.setTitle("Бюджет участі " + year);
        plan.setYear(year);
        plan.setTotalBudget(3_000_000L);
        plan.setSubmissionStart(submissionStart);
        plan.setSubmissionEnd(submissionStart.plusDays(30));
        plan.setReviewEnd(submissionStart.plusDays(45));
        plan.setVotingStart(submissionStart.plusDays(57));
        plan.setVotingEnd(submissionStart.plusDays(70));
        plan.setResultsDate(submissionStart.plusDays(75));
        plan.setImplementationStart(submissionStart.plusDays(100));
        plan.addCategory(new CategoryPlan("Малі проєкти", 1_000_000L, 50_000L, 300_000L, 1));
        plan.addCategory(new CategoryPlan("Великі проєкти", 2_000_000L, 300_001L, 1_000_000L, 1));
        return plan;
    }
}
