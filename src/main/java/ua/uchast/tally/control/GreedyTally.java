package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.Tie;

/**
 * Ranks projects by score (points for cumulative, scoring and ordinal ballots, otherwise votes), equal scores in
 * tie order, and funds them in that order within the budget. A withdrawn project is passed over (it never stops
 * funding); once a project wins, the projects its groups exclude cannot.
 */
public final class GreedyTally {

    public TallyResult tally(PbElection election, TallyOptions options) {
        return tally(new IndexedElection(election, options.tieOrder(), options.exclusions()), options.rule());
    }

    TallyResult tally(IndexedElection election, CountingRule rule) {
        long threshold = threshold(election.election, rule);
        Integer[] ranking = ranking(election);
        boolean[] selected = new boolean[election.projectCount];
        boolean[] ruledOut = election.initiallyRuledOut();
        List<ProjectOutcome> outcomes = new ArrayList<>();
        long budgetLeft = election.election.budget();
        long totalCost = 0;
        boolean stopped = false;
        for (int project : ranking) {
            long cost = election.cost[project];
            Outcome outcome;
            if (election.withdrawn[project]) {
                outcome = Outcome.WITHDRAWN;
            } else if (stopped) {
                outcome = Outcome.STOPPED;
            } else if (ruledOut[project]) {
                outcome = Outcome.EXCLUDED_BY_GROUP;
            } else if (election.score[project] < threshold) {
                outcome = Outcome.BELOW_THRESHOLD;
            } else if (cost <= budgetLeft) {
                outcome = Outcome.WON;
            } else if (rule == CountingRule.GREEDY_NO_SKIP_80 && atLeastFourFifthsOf(cost, budgetLeft)) {
                outcome = Outcome.WON_WITH_RESERVE;
                stopped = true;
            } else {
                outcome = Outcome.DID_NOT_FIT;
                stopped = rule == CountingRule.GREEDY_NO_SKIP || rule == CountingRule.GREEDY_NO_SKIP_80;
            }
            if (outcome.won()) {
                selected[project] = true;
                totalCost += cost;
                budgetLeft = Math.max(0, budgetLeft - cost);
                election.ruleOutRivalsOf(project, ruledOut);
            }
            outcomes.add(new ProjectOutcome(election.id(project), cost, election.votes[project],
                    election.score[project], outcome, outcomes.size() + 1, budgetLeft));
        }
        return new TallyResult(rule, election.tieOrderRule, election.election.budget(), outcomes,
                election.idsInFileOrder(selected), totalCost, ties(election, ranking), Optional.empty());
    }

    /** Whether {@code left} covers at least 80% of {@code cost}: 5 left >= 4 cost, without overflow. */
    private static boolean atLeastFourFifthsOf(long cost, long left) {
        return left >= cost - cost / 5;
    }

    private static long threshold(PbElection election, CountingRule rule) {
        return switch (rule) {
            case GREEDY, GREEDY_NO_SKIP_80 -> 0;
            case GREEDY_NO_SKIP -> election.minProjectScoreThreshold().orElse(0);
            case GREEDY_THRESHOLD -> election.minProjectScoreThreshold().orElseThrow(() -> new RuleRefusedException(
                    Notice.of(NoticeCode.THRESHOLD_MISSING, PbElection.META_SCORE_THRESHOLD)));
            case EQUAL_SHARES_ADD1, EQUAL_SHARES_ADD1_COMPARISON ->
                    throw new IllegalArgumentException("not a greedy rule: " + rule.pabulibName());
        };
    }

    private static Integer[] ranking(IndexedElection election) {
        Integer[] ranking = IntStream.range(0, election.projectCount).boxed().toArray(Integer[]::new);
        Arrays.sort(ranking, Comparator.<Integer>comparingLong(project -> -election.score[project])
                .thenComparingInt(election.tieOrder::rank));
        return ranking;
    }

    private static List<Tie> ties(IndexedElection election, Integer[] ranking) {
        List<Tie> ties = new ArrayList<>();
        int start = 0;
        for (int end = 1; end <= ranking.length; end++) {
            if (end == ranking.length || election.score[ranking[end]] != election.score[ranking[start]]) {
                if (end - start > 1) {
                    ties.add(election.tieOrder.tie(Arrays.asList(ranking).subList(start, end)));
                }
                start = end;
            }
        }
        return ties;
    }
}
