package ua.uchast.tally.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import ua.uchast.tally.entity.EqualSharesReport;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.ProjectOutcome;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TallyRule;
import ua.uchast.tally.entity.Tie;

/**
 * Method of Equal Shares with cost utilities (every listed project counts as approved), completed by "add1": start
 * each voter with floor(budget / voters), raise it by 1 while the outcome still fits the budget, and keep the last
 * outcome that fit. With {@code equalshares/add1-comparison} the greedy outcome replaces it only if strictly more
 * voters prefer greedy (a voter prefers the outcome with more of the projects they listed; this is what reproduces the
 * official Wieliczka 2023 comparison, 1615 to 873).
 *
 * <p>All arithmetic is exact. Voters with the same payment history have the same budget, so they are kept together in
 * a "budget class" whose budget is a numerator over a denominator shared by all classes.
 */
public final class EqualSharesTally {

    private final GreedyTally greedy = new GreedyTally();

    public TallyResult tally(PbElection election, TallyOptions options) {
        return tally(new IndexedElection(election, options.tieBreak()), options);
    }

    TallyResult tally(IndexedElection election, TallyOptions options) {
        if (!options.rule().equalShares()) {
            throw new IllegalArgumentException("not an Equal Shares rule: " + options.rule().pabulibName());
        }
        long budget = election.election.budget();
        long voters = election.voterCount();
        long perVoter = voters == 0 ? 0 : budget / voters;
        int[][] supporters = supportersByProject(election);
        Selection best = new Run(election, supporters, perVoter).select();
        // The runs for the next few per-voter budgets are independent, so they are computed in parallel and then
        // examined in order; a run past the first one that does not fit is wasted, the result is the same.
        int batch = Runtime.getRuntime().availableProcessors();
        raising:
        while (true) {
            long from = perVoter + 1;
            List<Selection> next = LongStream.range(from, from + batch).parallel()
                    .mapToObj(each -> new Run(election, supporters, each).select()).toList();
            for (Selection selection : next) {
                if (options.stopAtFirstExhaustive() && best.exhaustive(election, budget)
                        || best.selectsEverySupported(election) || perVoter >= budget || selection.cost > budget) {
                    break raising;
                }
                perVoter++;
                best = selection;
            }
        }
        TallyResult equalShares = result(election, options.rule(), best);
        if (options.rule() != TallyRule.EQUAL_SHARES_ADD1_COMPARISON) {
            return withReport(equalShares, new EqualSharesReport(perVoter, options.stopAtFirstExhaustive(), 0, 0, false));
        }
        TallyResult greedyResult = greedy.tally(election, TallyRule.GREEDY);
        long[] preferring = votersPreferring(election, best.selected, winners(election, greedyResult));
        boolean greedyChosen = preferring[1] > preferring[0];
        EqualSharesReport report = new EqualSharesReport(perVoter, options.stopAtFirstExhaustive(), preferring[0],
                preferring[1], greedyChosen);
        TallyResult chosen = greedyChosen ? greedyResult : equalShares;
        return withReport(new TallyResult(options.rule(), chosen.tieBreak(), chosen.budget(), chosen.outcomes(),
                chosen.winners(), chosen.totalCost(), chosen.ties(), Optional.empty()), report);
    }

    private static TallyResult withReport(TallyResult result, EqualSharesReport report) {
        return new TallyResult(result.rule(), result.tieBreak(), result.budget(), result.outcomes(), result.winners(),
                result.totalCost(), result.ties(), Optional.of(report));
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

    private static TallyResult result(IndexedElection election, TallyRule rule, Selection selection) {
        List<ProjectOutcome> outcomes = new ArrayList<>();
        long budgetLeft = election.election.budget();
        for (int project : selection.order) {
            budgetLeft -= election.cost[project];
            outcomes.add(outcome(election, project, Outcome.WON, outcomes.size() + 1, budgetLeft));
        }
        List<Integer> others = new ArrayList<>();
        for (int project = 0; project < election.projectCount; project++) {
            if (!selection.selected[project]) {
                others.add(project);
            }
        }
        others.sort(Comparator.<Integer>comparingLong(project -> -election.votes[project])
                .thenComparingInt(election.tieOrder::rank));
        for (int project : others) {
            outcomes.add(outcome(election, project, Outcome.NOT_CHOSEN_BY_EQUAL_SHARES, outcomes.size() + 1,
                    budgetLeft));
        }
        return new TallyResult(rule, election.tieBreak, election.election.budget(), outcomes,
                election.idsInFileOrder(selection.selected), selection.cost, selection.ties, Optional.empty());
    }

    private static ProjectOutcome outcome(IndexedElection election, int project, Outcome outcome, int position,
            long budgetLeft) {
        return new ProjectOutcome(election.id(project), election.cost[project], election.votes[project],
                election.score[project], outcome, position, budgetLeft);
    }

    /** The projects one Equal Shares run selected, in selection order. */
    private record Selection(List<Integer> order, boolean[] selected, long cost, List<Tie> ties) {

        boolean exhaustive(IndexedElection election, long budget) {
            for (int project = 0; project < election.projectCount; project++) {
                if (!selected[project] && election.cost[project] <= budget - cost) {
                    return false;
                }
            }
            return true;
        }

        boolean selectsEverySupported(IndexedElection election) {
            for (int project = 0; project < election.projectCount; project++) {
                if (!selected[project] && election.votes[project] > 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A project's current price. Supporters who have less than the equal share q pay all they have, the other
     * {@code weight} voters pay q each, where {@code sharedAmount} = q * weight in units of 1 / commonDenominator. With
     * cost utilities the price per unit of utility, rho = q / cost, decides: {@code rho = sharedAmount / rhoDenominator}.
     */
    private record Candidate(int project, int round, BigInteger sharedAmount, long weight, BigInteger rhoDenominator) {

        int compareRho(Candidate other) {
            return sharedAmount.multiply(other.rhoDenominator).compareTo(other.sharedAmount.multiply(rhoDenominator));
        }
    }

    /** Voters with the same payment history: the same budget (numerator over the run's common denominator). */
    private static final class BudgetClass {
        final long[] support;
        BigInteger budget;
        long weight;

        BudgetClass(long[] support, BigInteger budget, long weight) {
            this.support = support;
            this.budget = budget;
            this.weight = weight;
        }
    }

    /** One Equal Shares run with a given starting budget per voter. */
    private static final class Run {
        private final IndexedElection election;
        private final int[][] supporters;
        /** The class of each ballot group; null once its voters have spent everything. */
        private final BudgetClass[] classOf;
        private final List<BudgetClass> live = new ArrayList<>();
        /** Per project, the classes that had supporters of it (entries whose support fell to 0 are dropped lazily). */
        private final List<List<BudgetClass>> classesSupporting = new ArrayList<>();
        private BigInteger commonDenominator = BigInteger.ONE;
        private int round;

        Run(IndexedElection election, int[][] supporters, long perVoterBudget) {
            this.election = election;
            this.supporters = supporters;
            BudgetClass everyone = new BudgetClass(election.votes.clone(), BigInteger.valueOf(perVoterBudget),
                    election.voterCount());
            live.add(everyone);
            this.classOf = new BudgetClass[election.ballotProjects.length];
            Arrays.fill(classOf, everyone);
            for (int project = 0; project < election.projectCount; project++) {
                List<BudgetClass> classes = new ArrayList<>();
                if (election.votes[project] > 0) {
                    classes.add(everyone);
                }
                classesSupporting.add(classes);
            }
        }

        Selection select() {
            PriorityQueue<Candidate> queue = new PriorityQueue<>(
                    Comparator.<Candidate, Candidate>comparing(candidate -> candidate, Candidate::compareRho)
                            .thenComparingInt(candidate -> election.tieOrder.rank(candidate.project())));
            for (int project = 0; project < election.projectCount; project++) {
                offerIfAffordable(queue, project);
            }
            List<Integer> order = new ArrayList<>();
            boolean[] selected = new boolean[election.projectCount];
            List<Tie> ties = new ArrayList<>();
            long cost = 0;
            while (!queue.isEmpty()) {
                Candidate best = queue.poll();
                if (best.round() != round) {
                    offerIfAffordable(queue, best.project());
                    continue;
                }
                List<Integer> tied = tiedWith(best, queue);
                if (tied.size() > 1) {
                    ties.add(election.tieOrder.tie(tied));
                }
                order.add(best.project());
                selected[best.project()] = true;
                cost += election.cost[best.project()];
                pay(best);
                round++;
            }
            return new Selection(order, selected, cost, ties);
        }

        /** The best candidate and every other one whose current price equals it, in tie-break order. */
        private List<Integer> tiedWith(Candidate best, PriorityQueue<Candidate> queue) {
            List<Integer> tied = new ArrayList<>(List.of(best.project()));
            List<Candidate> current = new ArrayList<>();
            while (!queue.isEmpty() && queue.peek().compareRho(best) == 0) {
                Candidate next = queue.poll();
                if (next.round() == round) {
                    tied.add(next.project());
                    current.add(next);
                } else {
                    offerIfAffordable(queue, next.project());
                }
            }
            queue.addAll(current);
            return tied;
        }

        private void offerIfAffordable(PriorityQueue<Candidate> queue, int project) {
            Candidate candidate = price(project);
            if (candidate != null) {
                queue.add(candidate);
            }
        }

        /** The current price of a project, or null if its supporters together cannot pay for it any more. */
        private Candidate price(int project) {
            List<BudgetClass> paying = supportingClasses(project);
            BigInteger money = BigInteger.ZERO;
            long weight = 0;
            for (BudgetClass payer : paying) {
                money = money.add(payer.budget.multiply(BigInteger.valueOf(payer.support[project])));
                weight += payer.support[project];
            }
            BigInteger remaining = BigInteger.valueOf(election.cost[project]).multiply(commonDenominator);
            if (money.compareTo(remaining) < 0) {
                return null;
            }
            // Classes that cannot pay the equal share q = remaining / weight pay all they have; q only grows.
            boolean[] payingAll = new boolean[paying.size()];
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < paying.size(); i++) {
                    BudgetClass payer = paying.get(i);
                    if (!payingAll[i] && payer.budget.multiply(BigInteger.valueOf(weight)).compareTo(remaining) < 0) {
                        remaining = remaining.subtract(payer.budget.multiply(BigInteger.valueOf(payer.support[project])));
                        weight -= payer.support[project];
                        payingAll[i] = true;
                        changed = true;
                    }
                }
            }
            if (election.cost[project] == 0) {
                return new Candidate(project, round, BigInteger.ZERO, 1, BigInteger.ONE);
            }
            BigInteger rhoDenominator = BigInteger.valueOf(weight).multiply(BigInteger.valueOf(election.cost[project]))
                    .multiply(commonDenominator);
            return new Candidate(project, round, remaining, weight, rhoDenominator);
        }

        private List<BudgetClass> supportingClasses(int project) {
            List<BudgetClass> classes = classesSupporting.get(project);
            classes.removeIf(candidate -> candidate.support[project] == 0 || candidate.weight == 0);
            return classes;
        }

        /** Supporters of the chosen project pay min(budget, q), after all budgets move to the new denominator. */
        private void pay(Candidate chosen) {
            int project = chosen.project();
            BigInteger weight = BigInteger.valueOf(chosen.weight());
            for (BudgetClass budgetClass : live) {
                budgetClass.budget = budgetClass.budget.multiply(weight);
            }
            commonDenominator = commonDenominator.multiply(weight);
            Map<BudgetClass, BudgetClass> movingTo = new IdentityHashMap<>();
            List<BudgetClass> paidPartly = new ArrayList<>();
            for (BudgetClass payer : supportingClasses(project)) {
                BigInteger left = payer.budget.subtract(chosen.sharedAmount());
                if (left.signum() <= 0) {
                    movingTo.put(payer, null);
                } else if (payer.support[project] == payer.weight) {
                    payer.budget = left;
                    paidPartly.add(payer);
                } else {
                    BudgetClass split = new BudgetClass(new long[election.projectCount], left, 0);
                    live.add(split);
                    movingTo.put(payer, split);
                    paidPartly.add(split);
                }
            }
            for (int ballot : supporters[project]) {
                BudgetClass from = classOf[ballot];
                if (from != null && movingTo.containsKey(from)) {
                    move(ballot, from, movingTo.get(from));
                }
            }
            live.removeIf(budgetClass -> budgetClass.weight == 0);
            reduce(paidPartly);
        }

        private void move(int ballot, BudgetClass from, BudgetClass to) {
            long weight = election.ballotWeight[ballot];
            for (int project : election.ballotProjects[ballot]) {
                from.support[project] -= weight;
            }
            from.weight -= weight;
            if (to != null) {
                for (int project : election.ballotProjects[ballot]) {
                    if (to.support[project] == 0) {
                        classesSupporting.get(project).add(to);
                    }
                    to.support[project] += weight;
                }
                to.weight += weight;
            }
            classOf[ballot] = to;
        }

        /**
         * Divides the shared denominator and all budgets by their greatest common divisor. The classes that just paid
         * come first: the others were all multiplied by the same weight, so they rarely bring the divisor down to 1.
         */
        private void reduce(List<BudgetClass> justPaid) {
            BigInteger divisor = commonDenominator;
            for (Iterator<BudgetClass> classes = Stream.concat(justPaid.stream(), live.stream()).iterator();
                    classes.hasNext() && !divisor.equals(BigInteger.ONE);) {
                BudgetClass budgetClass = classes.next();
                if (budgetClass.weight > 0) {
                    divisor = divisor.gcd(budgetClass.budget);
                }
            }
            if (!divisor.equals(BigInteger.ONE)) {
                commonDenominator = commonDenominator.divide(divisor);
                for (BudgetClass budgetClass : live) {
                    budgetClass.budget = budgetClass.budget.divide(divisor);
                }
            }
        }
    }

    private static int[][] supportersByProject(IndexedElection election) {
        int[] counts = new int[election.projectCount];
        for (int[] listed : election.ballotProjects) {
            for (int project : listed) {
                counts[project]++;
            }
        }
        int[][] supporters = new int[election.projectCount][];
        for (int project = 0; project < election.projectCount; project++) {
            supporters[project] = new int[counts[project]];
            counts[project] = 0;
        }
        for (int ballot = 0; ballot < election.ballotProjects.length; ballot++) {
            for (int project : election.ballotProjects[ballot]) {
                supporters[project][counts[project]++] = ballot;
            }
        }
        return supporters;
    }
}
