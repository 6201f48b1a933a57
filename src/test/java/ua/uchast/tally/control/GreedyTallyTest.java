package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.TestElections;
import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.tally.entity.TieCriterion;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

class GreedyTallyTest {

    private final GreedyTally greedy = new GreedyTally();

    @Test
    void gdyniaSkippingAddsProjectOneButNoSkipStops() {
        PbElection gdynia = PabulibFiles.parse("Poland_Gdynia");

        TallyResult noSkip = tally(gdynia, CountingRule.GREEDY_NO_SKIP);
        TallyResult skip = tally(gdynia, CountingRule.GREEDY);

        assertEquals(PabulibFiles.officialWinners(gdynia), noSkip.winners());
        List<String> expected = new ArrayList<>(noSkip.winners());
        expected.add("1");
        assertEquals(expected.stream().sorted().toList(), skip.winners().stream().sorted().toList());
        assertEquals(Outcome.DID_NOT_FIT, noSkip.outcomeOf("9").orElseThrow().outcome());
        assertEquals(Outcome.STOPPED, noSkip.outcomeOf("1").orElseThrow().outcome());
    }

    @Test
    void katowiceThresholdKeepsOutLowScores() {
        PbElection katowice = PabulibFiles.parse("Poland_Katowice");

        TallyResult withThreshold = tally(katowice, CountingRule.GREEDY_THRESHOLD);
        TallyResult plain = tally(katowice, CountingRule.GREEDY);

        assertEquals(PabulibFiles.officialWinners(katowice), withThreshold.winners());
        assertEquals(Outcome.BELOW_THRESHOLD, withThreshold.outcomeOf("L3/09/X").orElseThrow().outcome());
        assertEquals(46, withThreshold.outcomeOf("L3/09/X").orElseThrow().score());
        assertTrue(plain.winners().containsAll(List.of("L3/08/X", "L3/09/X")));
        assertEquals(withThreshold.winners().size() + 2, plain.winners().size());
    }

    @Test
    void lodzWithoutThresholdAddsP207LP() {
        PbElection lodz = PabulibFiles.parse("Poland_Lodz");

        assertEquals(PabulibFiles.officialWinners(lodz), tally(lodz, CountingRule.GREEDY_THRESHOLD).winners());
        List<String> plain = tally(lodz, CountingRule.GREEDY).winners();
        assertTrue(plain.contains("P207LP"));
        assertEquals(PabulibFiles.officialWinners(lodz).size() + 1, plain.size());
    }

    @Test
    void warszawaTieOn554VotesGoesToTheCheaperProject() {
        TallyResult result = tally(PabulibFiles.parse("Poland_Warszawa_2022"), CountingRule.GREEDY);

        ProjectOutcome cheaper = result.outcomeOf("24").orElseThrow();
        ProjectOutcome dearer = result.outcomeOf("930").orElseThrow();
        assertEquals(554, cheaper.votes());
        assertEquals(554, dearer.votes());
        assertEquals(Outcome.WON, cheaper.outcome());
        assertEquals(Outcome.DID_NOT_FIT, dearer.outcome());
        assertEquals(cheaper.position() + 1, dearer.position());
        assertTrue(result.ties().contains(new Tie(List.of("24", "930"), List.of(TieCriterion.LOWER_COST))));
    }

    @Test
    void tieBrokenByLowerCostThenFileOrder() {
        PbElection election = TestElections.approval().project("A", 60).project("B", 50).project("C", 50)
                .ballot(10, "A", "B", "C").build(60);

        TallyResult byCost = greedy.tally(election, TallyOptions.of(CountingRule.GREEDY, TieOrderRule.LOWER_COST_THEN_FILE_ORDER));
        TallyResult byOrder = greedy.tally(election, TallyOptions.of(CountingRule.GREEDY, TieOrderRule.of(TieCriterion.FILE_ORDER)));

        assertEquals(List.of("B"), byCost.winners());
        assertEquals(List.of(new Tie(List.of("B", "C", "A"), List.of(TieCriterion.FILE_ORDER, TieCriterion.LOWER_COST))),
                byCost.ties());
        assertEquals(List.of("A"), byOrder.winners());
        assertEquals(List.of(new Tie(List.of("A", "B", "C"), List.of(TieCriterion.FILE_ORDER))), byOrder.ties());
    }

    @Test
    void randomSeedTieBreakIsReproducibleAndDependsOnTheSeed() {
        PbElection election = TestElections.approval().project("A", 10).project("B", 10).project("C", 10)
                .project("D", 10).ballot(1, "A", "B", "C", "D").build(10);
        List<String> winners = new ArrayList<>();
        for (String seed : List.of("2024-cycle-1", "2024-cycle-2", "2024-cycle-3", "2024-cycle-4", "2024-cycle-5")) {
            TieOrderRule tieBreak = TieOrderRule.withSeed(seed, TieCriterion.RANDOM_SEED);
            TallyResult first = greedy.tally(election, TallyOptions.of(CountingRule.GREEDY, tieBreak));
            assertEquals(first, greedy.tally(election, TallyOptions.of(CountingRule.GREEDY, tieBreak)));
            assertEquals(List.of(TieCriterion.RANDOM_SEED), first.ties().get(0).decidedBy());
            winners.add(first.winners().get(0));
        }
        assertNotEquals(1, winners.stream().distinct().count(), "five seeds all chose " + winners);
    }

    @Test
    void runningBudgetAndReasonsExplainEveryProject() {
        PbElection election = TestElections.approval().project("A", 50).project("B", 40).project("C", 30)
                .project("D", 5).meta("min_project_score_threshold", "3")
                .ballot(5, "A").ballot(4, "B", "C").ballot(2, "D").build(80);

        TallyResult result = greedy.tally(election, TallyOptions.of(CountingRule.GREEDY_THRESHOLD, TieOrderRule.LOWER_COST_THEN_FILE_ORDER));

        assertEquals(List.of(
                new ProjectOutcome("A", 50, 5, 5, Outcome.WON, 1, 30),
                new ProjectOutcome("C", 30, 4, 4, Outcome.WON, 2, 0),
                new ProjectOutcome("B", 40, 4, 4, Outcome.DID_NOT_FIT, 3, 0),
                new ProjectOutcome("D", 5, 2, 2, Outcome.BELOW_THRESHOLD, 4, 0)), result.outcomes());
        assertEquals(List.of("A", "C"), result.winners());
        assertEquals(80, result.totalCost());
    }

    @Test
    void thresholdRuleNeedsAThreshold() {
        PbElection election = TestElections.approval().project("A", 1).ballot(1, "A").build(1);

        RuleRefusedException refused = assertThrows(RuleRefusedException.class, () -> greedy.tally(election,
                TallyOptions.of(CountingRule.GREEDY_THRESHOLD, TieOrderRule.LOWER_COST_THEN_FILE_ORDER)));
        assertEquals(NoticeCode.THRESHOLD_MISSING, refused.notice().code());
    }

    @Test
    void poznansRuleFundsTheFirstProjectThatDoesNotFitWhenAtLeastEightyPercentOfItFitsThenStops() {
        // 100 to spend: A (60) wins, 40 left; B costs 50 and 40 is exactly 80% of it; C would fit but funding stopped.
        PbElection election = TestElections.approval().project("A", 60).project("B", 50).project("C", 10)
                .ballot(9, "A").ballot(8, "B").ballot(7, "C").build(100);

        TallyResult result = tally(election, CountingRule.GREEDY_NO_SKIP_80);

        assertEquals(List.of("A", "B"), result.winners());
        assertEquals(Outcome.WON_WITH_RESERVE, result.outcomeOf("B").orElseThrow().outcome());
        assertEquals(0, result.outcomeOf("B").orElseThrow().budgetLeft());
        assertEquals(Outcome.STOPPED, result.outcomeOf("C").orElseThrow().outcome());
        assertEquals(110, result.totalCost(), "the rest of B comes from reserve funds, beyond the budget");

        PbElection justShort = TestElections.approval().project("A", 61).project("B", 50).project("C", 10)
                .ballot(9, "A").ballot(8, "B").ballot(7, "C").build(100);
        TallyResult shortResult = tally(justShort, CountingRule.GREEDY_NO_SKIP_80);
        assertEquals(List.of("A"), shortResult.winners(), "39 is less than 80% of 50");
        assertEquals(Outcome.DID_NOT_FIT, shortResult.outcomeOf("B").orElseThrow().outcome());
        assertEquals(Outcome.STOPPED, shortResult.outcomeOf("C").orElseThrow().outcome());
    }

    @Test
    void aWithdrawnProjectCannotWinAndFundingDoesNotStopAtIt() {
        PbElection election = TestElections.approval().project("A", 60).project("W", 999_999_999).project("B", 30)
                .ballot(9, "A").ballot(8, "W").ballot(7, "B").build(100);
        TallyOptions withdrawn = new TallyOptions(CountingRule.GREEDY_NO_SKIP, TieOrderRule.FILE_ORDER, false,
                new Exclusions(Set.of("W"), List.of()));

        TallyResult result = greedy.tally(election, withdrawn);

        assertEquals(List.of("A", "B"), result.winners());
        assertEquals(Outcome.WITHDRAWN, result.outcomeOf("W").orElseThrow().outcome());
        assertEquals(List.of("A"), tally(election, CountingRule.GREEDY_NO_SKIP).winners(), "unmarked, it stops funding");
    }

    @Test
    void ofAGroupOfMutuallyExclusiveProjectsTheMostVotedThatFitsWinsAndTheOthersCannot() {
        // A and B are the same park; B and D the same purpose. A does not fit, so B wins; D is then out too.
        PbElection election = TestElections.approval().project("A", 90).project("B", 30).project("C", 20)
                .project("D", 10).ballot(9, "A").ballot(8, "B").ballot(7, "C").ballot(6, "D").build(70);
        TallyOptions groups = new TallyOptions(CountingRule.GREEDY, TieOrderRule.FILE_ORDER, false,
                new Exclusions(Set.of(), List.of(Set.of("A", "B"), Set.of("B", "D"))));

        TallyResult result = greedy.tally(election, groups);

        assertEquals(List.of("B", "C"), result.winners());
        assertEquals(Outcome.DID_NOT_FIT, result.outcomeOf("A").orElseThrow().outcome());
        assertEquals(Outcome.EXCLUDED_BY_GROUP, result.outcomeOf("D").orElseThrow().outcome());
        assertEquals(List.of("B", "C", "D"), tally(election, CountingRule.GREEDY).winners(), "without the groups");
    }

    @Test
    void decimalAmountsAreComparedExactly() {
        // Budget 100.50, costs 50.25 and 50.25: both fit exactly, and not one grosz more.
        PbElection election = new PbElection(Map.of(), 10_050, VoteType.APPROVAL, List.of(new TallyProject("A", 5_025),
                new TallyProject("B", 5_025), new TallyProject("C", 1)), List.of(Ballot.approval(3, "A"),
                Ballot.approval(2, "B"), Ballot.approval(1, "C")), 2, List.of());

        TallyResult result = tally(election, CountingRule.GREEDY);

        assertEquals(List.of("A", "B"), result.winners());
        assertEquals(10_050, result.totalCost());
        assertEquals(Outcome.DID_NOT_FIT, result.outcomeOf("C").orElseThrow().outcome());
    }

    private TallyResult tally(PbElection election, CountingRule rule) {
        return greedy.tally(election, TallyOptions.of(rule, TieOrderRule.LOWER_COST_THEN_FILE_ORDER));
    }
}
