package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieBreak;
import ua.uchast.tally.entity.TallyRule;

/**
 * Ranks projects by score (points for cumulative, scoring and ordinal ballots, otherwise votes), equal scores in
 * tie-break order, and funds them in that order within the budget.
 */
public final class GreedyTally {

    public TallyResult tally(PbElection election, TallyRule rule, TieBreak tieBreak) {
        return tally(new IndexedElection(election, tieBreak), rule);
    }

    TallyResult tally(IndexedElection election, TallyRule rule) {
        long threshold = threshold(election.election, rule);
        Integer[] ranking = ranking(election);
        boolean[] selected = new boolean[election.projectCount];
        List<ProjectOutcome> outcomes = new ArrayList<>();
        long budgetLeft = election.election.budget();
        boolean stopped = false;
        for (int project : ranking) {
            Outcome outcome;
            if (stopped) {
                outcome = Outcome.STOPPED;
            } else if (election.score[project] < threshold) {
                outcome = Outcome.BELOW_THRESHOLD;
            } else if (election.cost[project] > budgetLeft) {
                outcome = Outcome.DID_NOT_FIT;
                stopped = rule == TallyRule.GREEDY_NO_SKIP;
            } else {
                outcome = Outcome.WON;
                selected[project] = true;
                budgetLeft -= election.cost[project];
            }
            outcomes.add(new ProjectOutcome(election.id(project), election.cost[project], election.votes[project],
                    election.score[project], outcome, outcomes.size() + 1, budgetLeft));
        }
        return new TallyResult(rule, election.tieBreak, election.election.budget(), outcomes,
                election.idsInFileOrder(selected), election.election.budget() - budgetLeft, ties(election, ranking),
                Optional.empty());
    }

    private static long threshold(PbElection election, TallyRule rule) {
        return switch (rule) {
            case GREEDY -> 0;
            case GREEDY_NO_SKIP -> election.minProjectScoreThreshold().orElse(0);
            case GREEDY_THRESHOLD -> election.minProjectScoreThreshold().orElseThrow(() -> new IllegalArgumentException(
                    "rule greedy-threshold needs META " + PbElection.META_SCORE_THRESHOLD));
            default -> throw new IllegalArgumentException("not a greedy rule: " + rule.pabulibName());
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
