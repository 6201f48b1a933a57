package ua.uchast.cycle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;
import static ua.uchast.testsupport.Refusals.violationsOf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ua.uchast.platform.entity.FieldViolation;

class BudgetCycleTest {

    private static final LocalDate START = LocalDate.of(2027, 2, 1);
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 10, 9, 0);

    private static BudgetCycle planned(Consumer<CyclePlan> change) {
        CyclePlan plan = CyclePlans.valid(2027, START);
        change.accept(plan);
        return BudgetCycle.plan(1L, plan, NOW);
    }

    @Test
    void aPlanThatAddsUpBecomesACycleWithItsCategories() {
        BudgetCycle cycle = planned(plan -> { });
        assertEquals(3_000_000L, cycle.totalBudget().hryvnias());
        assertEquals(List.of("Малі проєкти", "Великі проєкти"), cycle.categories().stream().map(BudgetCategory::name).toList());
        assertEquals(300_000L, cycle.categories().get(0).maxCost().hryvnias());
    }

    @ParameterizedTest(name = "{0} moved before {1}")
    @CsvSource({"submissionEnd,submissionStart,-1", "reviewEnd,submissionEnd,0", "votingStart,reviewEnd,0",
            "votingEnd,votingStart,-1", "resultsDate,votingEnd,0", "implementationStart,resultsDate,-1"})
    void datesOutOfOrderAreRefusedAtTheLaterDate(String field, String earlierField, int daysFromEarlier) {
        CyclePlan plan = CyclePlans.valid(2027, START);
        LocalDate earlier = (LocalDate) property(plan, earlierField);
        setProperty(plan, field, earlier.plusDays(daysFromEarlier));
        List<FieldViolation> violations = violationsOf(() -> BudgetCycle.plan(1L, plan, NOW));
        assertTrue(violations.stream().anyMatch(v -> v.field().equals(field) && v.messageKey().startsWith("validation.date")),
                violations::toString);
    }

    @Test
    void missingDatesAreNamed() {
        assertRefused(() -> planned(plan -> plan.setVotingStart(null)), "votingStart", "validation.required");
    }

    @Test
    void categoryBudgetsOverTheTotalAreRefused() {
        assertRefused(() -> planned(plan -> plan.setTotalBudget(2_999_999L)), "totalBudget", "cycle.categoriesOverTotal");
    }

    @Test
    void negativeAndZeroMoneyIsRefused() {
        assertRefused(() -> planned(plan -> plan.getCategories().get(0).setBudget(-5L)), "categories[0].budget",
                "validation.money");
        assertRefused(() -> planned(plan -> plan.setTotalBudget(0L)), "totalBudget", "validation.moneyPositive");
        assertRefused(() -> planned(plan -> plan.setTotalBudget(null)), "totalBudget", "validation.required");
    }

    @Test
    void upsideDownCostRangeIsRefused() {
        assertRefused(() -> planned(plan -> {
            plan.getCategories().get(1).setMinCost(900_000L);
            plan.getCategories().get(1).setMaxCost(400_000L);
        }), "categories[1].maxCost", "cycle.costRangeUpsideDown");
    }

    @Test
    void aProjectCostAboveTheCategoryBudgetIsRefused() {
        assertRefused(() -> planned(plan -> plan.getCategories().get(0).setMaxCost(1_000_001L)), "categories[0].maxCost",
                "cycle.maxCostOverBudget");
    }

    @Test
    void emptyAndOverlongNamesAreRefused() {
        assertRefused(() -> planned(plan -> plan.setTitle("  ")), "title", "validation.required");
        assertRefused(() -> planned(plan -> plan.setTitle("б".repeat(BudgetCycle.MAX_TITLE + 1))), "title", "validation.tooLong");
        assertRefused(() -> planned(plan -> plan.getCategories().get(1).setName("")), "categories[1].name",
                "validation.required");
        assertRefused(() -> planned(plan -> plan.getCategories().get(1).setName("малі ПРОЄКТИ")), "categories[1].name",
                "validation.duplicateName");
    }

    @Test
    void rulesOutsideTheAllowedValuesAreRefused() {
        assertRefused(() -> planned(plan -> plan.setMinVoterAge(15)), "minVoterAge", "validation.voterAge");
        assertRefused(() -> planned(plan -> plan.setMinVotesToWin(0)), "minVotesToWin", "validation.countRange");
        assertRefused(() -> planned(plan -> plan.getCategories().get(0).setMaxChoices(0)), "categories[0].maxChoices",
                "validation.countRange");
        assertRefused(() -> planned(plan -> plan.getCategories().clear()), null, "cycle.noCategories");
    }

    @Test
    void aLotNeedsItsPublishedNumberWhichThenCannotChange() {
        assertRefused(() -> planned(plan -> plan.setTieBreak(TieBreak.PUBLISHED_LOT)), "lotSeed", "validation.required");
        BudgetCycle cycle = planned(plan -> {
            plan.setTieBreak(TieBreak.PUBLISHED_LOT);
            plan.setLotSeed(" 4 8 15 16 23 42 ");
        });
        assertEquals("4 8 15 16 23 42", cycle.rules().lotSeed());
        assertFrozen(cycle, START.plusDays(CyclePlans.VOTING_OPENS), plan -> plan.setLotSeed("7"), "lotSeed");
        assertEquals(null, planned(plan -> plan.setLotSeed("ignored without a lot")).rules().lotSeed());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<FieldViolation> violations = violationsOf(() -> planned(plan -> {
            plan.setTitle("");
            plan.setYear(1999);
            plan.getCategories().get(0).setBudget(-1L);
        }));
        assertEquals(List.of("title", "year", "categories[0].budget"), violations.stream().map(FieldViolation::field).toList());
    }

    @Test
    void thePhaseFollowsTheCalendar() {
        BudgetCycle cycle = planned(plan -> { });
        assertEquals(Phase.ANNOUNCED, cycle.phaseOn(START.minusDays(1)));
        assertEquals(Phase.SUBMISSION, cycle.phaseOn(START));
        assertEquals(Phase.SUBMISSION, cycle.phaseOn(START.plusDays(30)));
        assertEquals(Phase.REVIEW, cycle.phaseOn(START.plusDays(31)));
        assertEquals(Phase.REVIEW, cycle.phaseOn(START.plusDays(CyclePlans.VOTING_OPENS - 1)));
        assertEquals(Phase.VOTING, cycle.phaseOn(START.plusDays(CyclePlans.VOTING_OPENS)));
        assertEquals(Phase.VOTING, cycle.phaseOn(START.plusDays(CyclePlans.VOTING_CLOSES)));
        assertEquals(Phase.COUNTING, cycle.phaseOn(START.plusDays(CyclePlans.VOTING_CLOSES + 1)));
        assertEquals(Phase.RESULTS, cycle.phaseOn(START.plusDays(75)));
        assertEquals(Phase.IMPLEMENTATION, cycle.phaseOn(START.plusDays(100)));
    }

    @Test
    void beforeVotingEverythingMayChange() {
        BudgetCycle cycle = planned(plan -> { });
        CyclePlan revised = cycle.toPlan();
        revised.setTotalBudget(4_000_000L);
        revised.setTallyRule(TallyRule.EQUAL_SHARES);
        revised.addCategory(new CategoryPlan("Зелені проєкти", 500_000L, 10_000L, 100_000L, 2));
        cycle.revise(revised, START.plusDays(CyclePlans.VOTING_OPENS - 1));
        assertEquals(4_000_000L, cycle.totalBudget().hryvnias());
        assertEquals(3, cycle.categories().size());
        assertFalse(cycle.rulesFrozenOn(START.plusDays(CyclePlans.VOTING_OPENS - 1)));
    }

    @Test
    void onceVotingOpensNothingThatCountsMayChange() {
        BudgetCycle cycle = planned(plan -> { });
        LocalDate votingDay = START.plusDays(CyclePlans.VOTING_OPENS);
        assertTrue(cycle.rulesFrozenOn(votingDay));

        assertFrozen(cycle, votingDay, plan -> plan.setTotalBudget(3_500_000L), "totalBudget");
        assertFrozen(cycle, votingDay, plan -> plan.setTallyRule(TallyRule.GREEDY_NO_SKIP), "tallyRule");
        assertFrozen(cycle, votingDay, plan -> {
            plan.setTieBreak(TieBreak.PUBLISHED_LOT);
            plan.setLotSeed("42");
        }, "tieBreak");
        assertFrozen(cycle, votingDay, plan -> plan.setMinVoterAge(18), "minVoterAge");
        assertFrozen(cycle, votingDay, plan -> plan.setMinVotesToWin(10), "minVotesToWin");
        assertFrozen(cycle, votingDay, plan -> plan.setVotingEnd(plan.getVotingEnd().plusDays(1)), "votingEnd");
        assertFrozen(cycle, votingDay, plan -> plan.getCategories().get(1).setBudget(1_500_000L), "categories[1].budget");
        assertRefused(() -> cycle.revise(withChange(cycle, plan -> plan.getCategories().remove(1)), votingDay), null,
                "cycle.frozenCategories");
        assertEquals(3_000_000L, cycle.totalBudget().hryvnias(), "a refused revision changes nothing");

        cycle.revise(withChange(cycle, plan -> plan.setTitle("Бюджет участі 2027 (оновлено)")), votingDay);
        assertEquals("Бюджет участі 2027 (оновлено)", cycle.title());
    }

    private static void assertFrozen(BudgetCycle cycle, LocalDate day, Consumer<CyclePlan> change, String field) {
        assertRefused(() -> cycle.revise(withChange(cycle, change), day), field, "cycle.frozen");
    }

    private static CyclePlan withChange(BudgetCycle cycle, Consumer<CyclePlan> change) {
        CyclePlan plan = cycle.toPlan();
        change.accept(plan);
        return plan;
    }

    private static Object property(CyclePlan plan, String name) {
        try {
            return CyclePlan.class.getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1)).invoke(plan);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setProperty(CyclePlan plan, String name, LocalDate value) {
        try {
            CyclePlan.class.getMethod("set" + Character.toUpperCase(name.charAt(0)) + name.substring(1), LocalDate.class)
                    .invoke(plan, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
