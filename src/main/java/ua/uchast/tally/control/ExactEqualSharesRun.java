package ua.uchast.tally.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.Stream;

import ua.uchast.tally.entity.Tie;

/**
 * One Equal Shares run (cost utilities) with a given starting budget per voter, in exact arithmetic. Voters with the
 * same payment history have the same budget, so they are kept together in a "budget class" whose budget is a
 * numerator over a denominator shared by all classes.
 */
final class ExactEqualSharesRun {

    /**
     * A project's current price. Supporters who have less than the equal share q pay all they have, the other
     * {@code weight} voters pay q each, where {@code sharedAmount} = q * weight in units of 1 / commonDenominator. With
     * cost utilities the price per unit of utility, rho = q / cost, decides: {@code rho = sharedAmount / rhoDenominator}.
     */
    record Candidate(int project, int round, BigInteger sharedAmount, long weight, BigInteger rhoDenominator) {

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

    private final IndexedElection election;
    private final int[][] supporters;
    /** The class of each ballot group; null once its voters have spent everything. */
    private final BudgetClass[] classOf;
    private final List<BudgetClass> live = new ArrayList<>();
    /** Per project, the classes that had supporters of it (entries whose support fell to 0 are dropped lazily). */
    private final List<List<BudgetClass>> classesSupporting = new ArrayList<>();
    private final boolean[] ruledOut;
    private BigInteger commonDenominator = BigInteger.ONE;
    private int round;

    ExactEqualSharesRun(IndexedElection election, int[][] supporters, long perVoterBudget) {
        this.election = election;
        this.supporters = supporters;
        this.ruledOut = election.initiallyRuledOut();
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

    EqualSharesSelection select() {
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
        return new EqualSharesSelection(order, selected, ruledOut, cost, ties);
    }

    /** Buys the project at its current exact price (the caller knows it is affordable). */
    void buy(int project) {
        pay(price(project));
        round++;
    }

    /** The equal share q of a candidate priced by this run, as the nearest double (about 1 ulp off). */
    double share(Candidate candidate) {
        if (candidate.sharedAmount().signum() == 0) {
            return 0;
        }
        BigDecimal denominator = new BigDecimal(commonDenominator.multiply(BigInteger.valueOf(candidate.weight())));
        return new BigDecimal(candidate.sharedAmount()).divide(denominator, MathContext.DECIMAL128).doubleValue();
    }

    /** The best candidate and every other one whose current price equals it, in tie order. */
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

    /**
     * The current price of a project, or null if it cannot be bought any more: its supporters together cannot pay for
     * it, or it is ruled out.
     */
    Candidate price(int project) {
        if (ruledOut[project]) {
            return null;
        }
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

    /**
     * Supporters of the chosen project pay min(budget, q), after all budgets move to the new denominator; the projects
     * it excludes can no longer be bought.
     */
    private void pay(Candidate chosen) {
        int project = chosen.project();
        election.ruleOutRivalsOf(project, ruledOut);
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
     * Divides the shared denominator and all budgets by their greatest common divisor. The classes that just paid come
     * first: the others were all multiplied by the same weight, so they rarely bring the divisor down to 1.
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
