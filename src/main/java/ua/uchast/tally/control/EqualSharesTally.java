package ua.uchast.tally.control;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

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
        Selection best = new Run(election, perVoter).select();
        while (!(options.stopAtFirstExhaustive() && best.exhaustive(election, budget))
                && !best.selectsEverySupported(election) && perVoter < budget) {
            Selection next = new Run(election, perVoter + 1).select();
            if (next.cost > budget) {
                break;
            }
            perVoter++;
            best = next;
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

    /** One Equal Shares run with a given starting budget per voter. */
    private static final class Run {
        private static final int BROKE = -1;

        private final IndexedElection election;
        private final int[][] supporters;
        private final List<long[]> classSupport = new ArrayList<>();
        private final List<BigInteger> classBudget = new ArrayList<>();
        private final List<Long> classWeight = new ArrayList<>();
        private final int[] classOf;
        private BigInteger commonDenominator = BigInteger.ONE;
        private int round;

        Run(IndexedElection election, long perVoterBudget) {
            this.election = election;
            this.supporters = supportersByProject(election);
            this.classOf = new int[election.ballotProjects.length];
            classSupport.add(election.votes.clone());
            classBudget.add(BigInteger.valueOf(perVoterBudget));
            classWeight.add(election.voterCount());
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
            List<Integer> paying = new ArrayList<>();
            BigInteger money = BigInteger.ZERO;
            long weight = 0;
            for (int k = 0; k < classSupport.size(); k++) {
                long support = classSupport.get(k)[project];
                if (support > 0 && classBudget.get(k).signum() > 0) {
                    paying.add(k);
                    money = money.add(classBudget.get(k).multiply(BigInteger.valueOf(support)));
                    weight += support;
                }
            }
            BigInteger remaining = BigInteger.valueOf(election.cost[project]).multiply(commonDenominator);
            if (money.compareTo(remaining) < 0) {
                return null;
            }
            // Classes that cannot pay the equal share q = remaining / weight pay all they have; q only grows.
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < paying.size(); i++) {
                    int k = paying.get(i);
                    if (k >= 0 && classBudget.get(k).multiply(BigInteger.valueOf(weight)).compareTo(remaining) < 0) {
                        long support = classSupport.get(k)[project];
                        remaining = remaining.subtract(classBudget.get(k).multiply(BigInteger.valueOf(support)));
                        weight -= support;
                        paying.set(i, BROKE);
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

        /** Supporters of the chosen project pay min(budget, q); the others' budgets are rescaled to the new denominator. */
        private void pay(Candidate chosen) {
            int project = chosen.project();
            BigInteger weight = BigInteger.valueOf(chosen.weight());
            BigInteger share = chosen.sharedAmount();
            int classCount = classSupport.size();
            int[] splitInto = new int[classCount];
            boolean[] wholeClassSupports = new boolean[classCount];
            BigInteger[] newBudget = new BigInteger[classCount];
            for (int k = 0; k < classCount; k++) {
                splitInto[k] = k;
                wholeClassSupports[k] = classWeight.get(k) > 0 && classSupport.get(k)[project] == classWeight.get(k);
                if (classSupport.get(k)[project] > 0) {
                    BigInteger left = classBudget.get(k).multiply(weight).subtract(share);
                    newBudget[k] = left.signum() > 0 ? left : BigInteger.ZERO;
                }
                classBudget.set(k, classBudget.get(k).multiply(weight));
            }
            for (int ballot : supporters[project]) {
                int k = classOf[ballot];
                if (k == BROKE) {
                    continue;
                }
                int target;
                if (newBudget[k].signum() == 0) {
                    target = BROKE;
                } else if (wholeClassSupports[k]) {
                    target = k;
                } else {
                    if (splitInto[k] == k) {
                        splitInto[k] = addClass(newBudget[k]);
                    }
                    target = splitInto[k];
                }
                move(ballot, k, target);
            }
            for (int k = 0; k < classCount; k++) {
                if (wholeClassSupports[k]) {
                    classBudget.set(k, newBudget[k]);
                }
            }
            commonDenominator = commonDenominator.multiply(weight);
            reduce();
        }

        private int addClass(BigInteger budget) {
            classSupport.add(new long[election.projectCount]);
            classBudget.add(budget);
            classWeight.add(0L);
            return classSupport.size() - 1;
        }

        private void move(int ballot, int from, int to) {
            if (from == to) {
                return;
            }
            long weight = election.ballotWeight[ballot];
            long[] fromSupport = classSupport.get(from);
            for (int project : election.ballotProjects[ballot]) {
                fromSupport[project] -= weight;
            }
            classWeight.set(from, classWeight.get(from) - weight);
            if (to != BROKE) {
                long[] toSupport = classSupport.get(to);
                for (int project : election.ballotProjects[ballot]) {
                    toSupport[project] += weight;
                }
                classWeight.set(to, classWeight.get(to) + weight);
            }
            classOf[ballot] = to;
        }

        /** Divides the shared denominator and all budgets by their greatest common divisor. */
        private void reduce() {
            BigInteger divisor = commonDenominator;
            for (int k = 0; k < classBudget.size() && !divisor.equals(BigInteger.ONE); k++) {
                if (classWeight.get(k) > 0) {
                    divisor = divisor.gcd(classBudget.get(k));
                }
            }
            if (!divisor.equals(BigInteger.ONE)) {
                commonDenominator = commonDenominator.divide(divisor);
                for (int k = 0; k < classBudget.size(); k++) {
                    classBudget.set(k, classWeight.get(k) > 0 ? classBudget.get(k).divide(divisor) : BigInteger.ZERO);
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
}
