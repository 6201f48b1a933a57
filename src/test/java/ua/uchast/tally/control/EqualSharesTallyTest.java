package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ua.uchast.tally.TestElections;
import ua.uchast.tally.entity.EqualSharesReport;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.tally.entity.TieCriterion;

class EqualSharesTallyTest {

    private final EqualSharesTally equalShares = new EqualSharesTally();
    private final GreedyTally greedy = new GreedyTally();

    /** 60 voters want A and B, 40 want C: greedy gives the majority everything, Equal Shares funds C too. */
    private final PbElection majorityAndMinority = TestElections.approval().project("A", 50).project("B", 50)
            .project("C", 40).ballot(60, "A", "B").ballot(40, "C").build(100);

    @Test
    void equalSharesIsProportionalWhereGreedyIsNot() {
        TallyResult mes = tally(majorityAndMinority, CountingRule.EQUAL_SHARES_ADD1);

        assertEquals(List.of("A", "B"), greedy.tally(majorityAndMinority, TallyOptions.of(CountingRule.GREEDY, TieOrderRule.LOWER_COST_THEN_FILE_ORDER))
                .winners());
        assertEquals(List.of("A", "C"), mes.winners());
        assertEquals(90, mes.totalCost());
        assertEquals(Outcome.NOT_CHOSEN_BY_EQUAL_SHARES, mes.outcomeOf("B").orElseThrow().outcome());
        assertEquals(1, mes.equalShares().orElseThrow().perVoterBudget());
        assertEquals(50, mes.outcomeOf("A").orElseThrow().budgetLeft());
        assertEquals(10, mes.outcomeOf("C").orElseThrow().budgetLeft());
    }

    @Test
    void comparisonSwitchesToGreedyWhenStrictlyMoreVotersPreferIt() {
        TallyResult result = tally(majorityAndMinority, CountingRule.EQUAL_SHARES_ADD1_COMPARISON);

        assertEquals(List.of("A", "B"), result.winners());
        assertEquals(new EqualSharesReport(1, false, 40, 60, true), result.equalShares().orElseThrow());
        assertEquals(Outcome.DID_NOT_FIT, result.outcomeOf("C").orElseThrow().outcome());
    }

    @Test
    void comparisonKeepsEqualSharesOnADraw() {
        PbElection election = TestElections.approval().project("A", 50).project("B", 50).project("C", 40)
                .ballot(50, "A", "B").ballot(50, "C").build(100);

        TallyResult result = tally(election, CountingRule.EQUAL_SHARES_ADD1_COMPARISON);

        assertEquals(List.of("A", "C"), result.winners());
        assertFalse(result.equalShares().orElseThrow().greedyChosenByComparison());
    }

    @Test
    void equalPriceTieGoesToTheCheaperProjectOrToTheEarlierOne() {
        PbElection election = TestElections.approval().project("X", 60).project("Y", 50).ballot(10, "X", "Y")
                .build(60);

        TallyResult byCost = tally(election, CountingRule.EQUAL_SHARES_ADD1);
        TallyResult byOrder = equalShares.tally(election,
                TallyOptions.of(CountingRule.EQUAL_SHARES_ADD1, TieOrderRule.of(TieCriterion.FILE_ORDER)));

        assertEquals(List.of("Y"), byCost.winners());
        assertEquals(List.of(new Tie(List.of("Y", "X"), List.of(TieCriterion.LOWER_COST))), byCost.ties());
        assertEquals(List.of("X"), byOrder.winners());
    }

    @Test
    void add1RaisesThePerVoterBudgetWhileTheOutcomeFits() {
        // At 1 per voter nobody can afford anything; at 5 the ten voters fund A (cost 45) and nothing else fits.
        PbElection election = TestElections.approval().project("A", 45).project("B", 30).ballot(9, "A")
                .ballot(1, "B").build(50);

        TallyResult result = tally(election, CountingRule.EQUAL_SHARES_ADD1);

        assertEquals(List.of("A"), result.winners());
        assertTrue(result.equalShares().orElseThrow().perVoterBudget() >= 5);
    }

    @Test
    void ofAGroupOfMutuallyExclusiveProjectsOnlyTheFirstBoughtCanWin() {
        // A and C are the same site: Equal Shares buys A first (cheapest per voter), so C cannot win.
        TallyResult result = equalShares.tally(majorityAndMinority, TallyOptions.of(CountingRule.EQUAL_SHARES_ADD1,
                TieOrderRule.FILE_ORDER).with(new Exclusions(Set.of(), List.of(Set.of("A", "C")))));

        assertEquals(List.of("A", "B"), result.winners(), "the minority's money is left; the majority buys B");
        assertEquals(Outcome.EXCLUDED_BY_GROUP, result.outcomeOf("C").orElseThrow().outcome());
    }

    @Test
    void aWithdrawnProjectIsNeverBought() {
        TallyResult result = equalShares.tally(majorityAndMinority, TallyOptions.of(CountingRule.EQUAL_SHARES_ADD1,
                TieOrderRule.FILE_ORDER).with(new Exclusions(Set.of("C"), List.of())));

        assertEquals(List.of("A", "B"), result.winners());
        assertEquals(Outcome.WITHDRAWN, result.outcomeOf("C").orElseThrow().outcome());
    }

    @Test
    void amountsWithGroszeGiveTheSameOutcomeAsWholeOnesAndAdd1RaisesByAWholeUnit() {
        PbElection whole = TestElections.approval().project("A", 45).project("B", 30).project("C", 17).ballot(9, "A")
                .ballot(4, "B", "C").ballot(1, "C").build(50);
        PbElection withGrosze = new PbElection(whole.meta(), whole.budget() * 100, whole.voteType(),
                whole.projects().stream().map(project -> new TallyProject(project.id(), project.cost() * 100,
                        project.attributes())).toList(), whole.ballots(), 2, List.of());

        TallyResult inWholeUnits = tally(whole, CountingRule.EQUAL_SHARES_ADD1);
        TallyResult inGrosze = tally(withGrosze, CountingRule.EQUAL_SHARES_ADD1);

        assertEquals(inWholeUnits.winners(), inGrosze.winners());
        assertEquals(inWholeUnits.totalCost() * 100, inGrosze.totalCost());
        assertEquals(inWholeUnits.equalShares().orElseThrow().perVoterBudget() * 100,
                inGrosze.equalShares().orElseThrow().perVoterBudget());
    }

    @Test
    void sameInputSameOutput() {
        assertEquals(tally(majorityAndMinority, CountingRule.EQUAL_SHARES_ADD1_COMPARISON),
                tally(majorityAndMinority, CountingRule.EQUAL_SHARES_ADD1_COMPARISON));
    }

    private TallyResult tally(PbElection election, CountingRule rule) {
        return equalShares.tally(election, TallyOptions.of(rule, TieOrderRule.LOWER_COST_THEN_FILE_ORDER));
    }
}
