package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.LongStream;

import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.EqualSharesReport;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * Method of Equal Shares with cost utilities (every listed project counts as approved), completed by "add1": start
 * each voter with floor(budget / voters) whole units of the currency, raise it by one unit while the outcome still fits
 * the budget, and keep the last outcome that fit. With {@code equalshares/add1-comparison} the greedy outcome replaces
 * it only if strictly more voters prefer greedy (a voter prefers the outcome with more of the projects they listed; this
 * is what reproduces the official Wieliczka 2023 comparison, 1615 to 873).
 *
 * <p>Each run is exact: {@link FilteredEqualSharesRun} decides in doubles with proven error bounds and asks
 * {@link ExactEqualSharesRun} whenever a decision is close. The runs for the next few per-voter budgets are
 * independent; given an executor, they are computed in parallel on it and examined in order (a run past the first one
 * that does not fit is wasted, the result is the same).
 */
public final class EqualSharesTally {

    private final GreedyTally greedy = new GreedyTally();
    private final Executor executor;
    private final int lookAhead;

    /** Runs one per-voter budget after the other, on the calling thread. */
    public EqualSharesTally() {
        this(Runnable::run, 1);
    }

    /** Computes the runs for {@code lookAhead} consecutive per-voter budgets at once on the executor. */
    public EqualSharesTally(Executor executor, int lookAhead) {
        if (lookAhead < 1) {
            throw new IllegalArgumentException("look ahead at least one run");
        }
        this.executor = executor;
        this.lookAhead = lookAhead;
    }

    public TallyResult tally(PbElection election, TallyOptions options) {
        return tally(election, options, new EqualSharesStatistics());
    }

    TallyResult tally(PbElection election, TallyOptions options, EqualSharesStatistics statistics) {
        if (!options.rule().equalShares()) {
            throw new IllegalArgumentException("not an Equal Shares rule: " + options.rule().pabulibName());
        }
        IndexedElection indexed = new IndexedElection(election, options.tieOrder(), options.exclusions());
        long budget = election.budget();
        long voters = indexed.voterCount();
        long unit = wholeUnit(election);
        long perVoter = voters == 0 ? 0 : budget / voters / unit * unit;
        EqualSharesSupporters supporters = new EqualSharesSupporters(indexed);
        boolean filtered = EqualSharesSupporters.fitDoubles(indexed, budget + unit * lookAhead);
        EqualSharesSelection best = run(indexed, supporters, perVoter, filtered, statistics);
        raising:
        while (true) {
            long from = perVoter + unit;
            List<CompletableFuture<EqualSharesSelection>> next = LongStream.range(0, lookAhead)
                    .mapToObj(step -> CompletableFuture.supplyAsync(
                            () -> run(indexed, supporters, from + step * unit, filtered, statistics), executor))
                    .toList();
            for (CompletableFuture<EqualSharesSelection> run : next) {
                EqualSharesSelection selection = run.join();
                if (options.stopAtFirstExhaustive() && best.exhaustive(indexed, budget)
                        || best.selectsEverySupported(indexed) || perVoter >= budget || selection.cost() > budget) {
                    break raising;
                }
                perVoter += unit;
                best = selection;
            }
        }
        TallyResult equalShares = result(indexed, options.rule(), best);
        if (options.rule() != CountingRule.EQUAL_SHARES_ADD1_COMPARISON) {
            return equalShares.reportedAs(options.rule(),
                    new EqualSharesReport(perVoter, options.stopAtFirstExhaustive(), 0, 0, false));
        }
        TallyResult greedyResult = greedy.tally(indexed, CountingRule.GREEDY);
        long[] preferring = votersPreferring(indexed, best.selected(), winners(indexed, greedyResult));
        boolean greedyChosen = preferring[1] > preferring[0];
        EqualSharesReport report = new EqualSharesReport(perVoter, options.stopAtFirstExhaustive(), preferring[0],
                preferring[1], greedyChosen);
        return (greedyChosen ? greedyResult : equalShares).reportedAs(options.rule(), report);
    }

    /** One Equal Shares run (no add1) with the given budget per voter: winners in selection order, and ties. */
    static Map.Entry<List<String>, List<Tie>> singleRun(PbElection election, TieOrderRule tieOrder, long perVoter,
            EqualSharesStatistics statistics) {
        IndexedElection indexed = new IndexedElection(election, tieOrder);
        EqualSharesSelection selection = run(indexed, new EqualSharesSupporters(indexed), perVoter,
                EqualSharesSupporters.fitDoubles(indexed, perVoter), statistics);
        return Map.entry(selection.order().stream().map(indexed::id).toList(), selection.ties());
    }

    /** One whole unit of the election's currency in its units: 100 when amounts have grosze. */
    private static long wholeUnit(PbElection election) {
        long unit = 1;
        for (int i = 0; i < election.amountScale(); i++) {
            unit *= 10;
        }
        return unit;
    }

    private static EqualSharesSelection run(IndexedElection election, EqualSharesSupporters supporters, long perVoter,
            boolean filtered, EqualSharesStatistics statistics) {
        return filtered ? new FilteredEqualSharesRun(election, supporters, perVoter, statistics).select()
                : new ExactEqualSharesRun(election, supporters.groups, perVoter).select();
    }

    private static boolean[] winners(IndexedElection election, TallyResult result) {
        boolean[] selected = new boolean[election.projectCount];
        for (int project = 0; project < election.projectCount; project++) {
            selected[project] = result.winners().contains(election.id(project));
        }
        return selected;
    }

    /** {voters with more listed winners in a, voters with more in b}. */
    private static long[] votersPreferring(IndexedElection election, boolean[] a, boolean[] b) {
        long[] counts = new long[2];
        for (int ballot = 0; ballot < election.ballotProjects.length; ballot++) {
            long utilityA = 0;
            long utilityB = 0;
            for (int project : election.ballotProjects[ballot]) {
                utilityA += a[project] ? 1 : 0;
                utilityB += b[project] ? 1 : 0;
            }
            if (utilityA != utilityB) {
                counts[utilityA > utilityB ? 0 : 1] += election.ballotWeight[ballot];
            }
        }
        return counts;
    }

    private static TallyResult result(IndexedElection election, CountingRule rule, EqualSharesSelection selection) {
        List<ProjectOutcome> outcomes = new ArrayList<>();
        long budgetLeft = election.election.budget();
        for (int project : selection.order()) {
            budgetLeft -= election.cost[project];
            outcomes.add(outcome(election, project, Outcome.WON, outcomes.size() + 1, budgetLeft));
        }
        List<Integer> others = new ArrayList<>();
        for (int project = 0; project < election.projectCount; project++) {
            if (!selection.selected()[project]) {
                others.add(project);
            }
        }
        others.sort(Comparator.<Integer>comparingLong(project -> -election.votes[project])
                .thenComparingInt(election.tieOrder::rank));
        for (int project : others) {
            Outcome outcome = election.withdrawn[project] ? Outcome.WITHDRAWN
                    : selection.ruledOut()[project] ? Outcome.EXCLUDED_BY_GROUP : Outcome.NOT_CHOSEN_BY_EQUAL_SHARES;
            outcomes.add(outcome(election, project, outcome, outcomes.size() + 1, budgetLeft));
        }
        return new TallyResult(rule, election.tieOrderRule, election.election.budget(), outcomes,
                election.idsInFileOrder(selection.selected()), selection.cost(), selection.ties(), Optional.empty());
    }

    private static ProjectOutcome outcome(IndexedElection election, int project, Outcome outcome, int position,
            long budgetLeft) {
        return new ProjectOutcome(election.id(project), election.cost[project], election.votes[project],
                election.score[project], outcome, position, budgetLeft);
    }
}
