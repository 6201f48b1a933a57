package ua.uchast.tally.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

import ua.uchast.tally.control.ExactEqualSharesRun.Candidate;
import ua.uchast.tally.entity.Tie;

/**
 * One Equal Shares run on doubles, with a rigorous bound on how far they can be from the exact values; every decision
 * the bound cannot settle (two prices that may be equal, a project that may or may not be affordable) is taken by the
 * {@link ExactEqualSharesRun}, which replays the purchases made so far only when it is first needed. The outcome is
 * therefore exactly that of {@link ExactEqualSharesRun#select()}: floating point never decides anything by itself.
 *
 * <p>Invariant: the exact budget of each voter of ballot group g is within {@code error[g]} of {@code budget[g]} (0
 * once the voter has certainly spent everything). A price is bracketed by evaluating F(x) = sum of min(budget, x) over
 * the supporters, with compensated summation and its error bound, at two points around the estimated equal share q, so
 * the exact q lies strictly between them. Paying moves a budget by at most the bracket's width (min is 1-Lipschitz)
 * plus one rounding.
 */
final class FilteredEqualSharesRun {

    /** Twice the unit roundoff: a generous bound for the relative error of one double operation. */
    private static final double U = 0x1p-52;

    private final IndexedElection election;
    private final EqualSharesSupporters supporters;
    private final long perVoter;
    private final EqualSharesStatistics statistics;
    /** Per ballot group, the budget of each of its voters, and a bound on its distance from the exact budget. */
    private final double[] budget;
    private final double[] error;
    private final boolean[] ruledOut;
    private final List<Integer> order = new ArrayList<>();
    private int round;
    private ExactEqualSharesRun exact;
    private int exactRound;
    /** Results of {@link #paid} and {@link #estimateShare}, kept in fields to avoid allocating. */
    private double paidError;
    private double payingWeight;
    private double shareEstimateError;

    /** A candidate whose price per unit of utility rho is in [lo, hi]; its exact equal share is within shareError. */
    private record Entry(int project, int round, double lo, double hi, double share, double shareError) {
    }

    FilteredEqualSharesRun(IndexedElection election, EqualSharesSupporters supporters, long perVoter,
            EqualSharesStatistics statistics) {
        this.election = election;
        this.supporters = supporters;
        this.perVoter = perVoter;
        this.statistics = statistics;
        this.budget = new double[election.ballotProjects.length];
        this.error = new double[election.ballotProjects.length];
        this.ruledOut = election.initiallyRuledOut();
        Arrays.fill(budget, perVoter);
    }

    EqualSharesSelection select() {
        PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparingDouble(Entry::lo)
                .thenComparingInt(entry -> election.tieOrder.rank(entry.project())));
        for (int project = 0; project < election.projectCount; project++) {
            offer(queue, project);
        }
        boolean[] selected = new boolean[election.projectCount];
        List<Tie> ties = new ArrayList<>();
        long cost = 0;
        while (true) {
            Entry best = pollCurrent(queue);
            if (best == null) {
                break;
            }
            // Stale entries are lower bounds (prices only rise), so every project that may cost as little as the
            // best one is examined; if there is none, the best one is certainly the cheapest.
            List<Entry> rivals = new ArrayList<>();
            while (!queue.isEmpty() && queue.peek().lo() <= best.hi()) {
                Entry next = queue.poll();
                if (next.round() == round) {
                    rivals.add(next);
                } else {
                    offer(queue, next.project());
                }
            }
            int chosen;
            double share;
            double shareError;
            if (rivals.isEmpty()) {
                statistics.filteredDecision();
                chosen = best.project();
                share = best.share();
                shareError = best.shareError();
            } else {
                rivals.add(0, best);
                ExactEqualSharesRun run = exactNow();
                List<Candidate> candidates = new ArrayList<>();
                for (Entry rival : rivals) {
                    candidates.add(Objects.requireNonNull(run.price(rival.project()), "affordable"));
                }
                candidates.sort(Comparator.<Candidate, Candidate>comparing(candidate -> candidate,
                        Candidate::compareRho).thenComparingInt(candidate -> election.tieOrder.rank(candidate.project())));
                Candidate winner = candidates.get(0);
                List<Integer> tied = new ArrayList<>();
                for (Candidate candidate : candidates) {
                    if (candidate.compareRho(winner) == 0) {
                        tied.add(candidate.project());
                    }
                }
                if (tied.size() > 1) {
                    ties.add(election.tieOrder.tie(tied));
                }
                chosen = winner.project();
                share = run.share(winner);
                shareError = share * 4 * U;
                for (Entry rival : rivals) {
                    if (rival.project() != chosen) {
                        queue.add(rival);
                    }
                }
            }
            order.add(chosen);
            selected[chosen] = true;
            cost += election.cost[chosen];
            election.ruleOutRivalsOf(chosen, ruledOut);
            pay(chosen, share, shareError);
            round++;
        }
        return new EqualSharesSelection(order, selected, ruledOut, cost, ties);
    }

    private Entry pollCurrent(PriorityQueue<Entry> queue) {
        while (!queue.isEmpty()) {
            Entry entry = queue.poll();
            if (entry.round() == round) {
                return entry;
            }
            offer(queue, entry.project());
        }
        return null;
    }

    private void offer(PriorityQueue<Entry> queue, int project) {
        Entry entry = price(project);
        if (entry != null) {
            queue.add(entry);
        }
    }

    /** The exact run, brought to the current round. */
    private ExactEqualSharesRun exactNow() {
        statistics.exactConsultation();
        if (exact == null) {
            exact = new ExactEqualSharesRun(election, supporters.groups, perVoter);
        }
        while (exactRound < round) {
            exact.buy(order.get(exactRound++));
        }
        return exact;
    }

    /** The project's price from the exact run, or null if it is not affordable. */
    private Entry exactPrice(int project) {
        ExactEqualSharesRun run = exactNow();
        Candidate candidate = run.price(project);
        if (candidate == null) {
            return null;
        }
        double share = run.share(candidate);
        double rho = share / election.cost[project];
        return new Entry(project, round, rho * (1 - 8 * U), rho * (1 + 8 * U), share, share * 4 * U);
    }

    /** The project's current price, or null if it is ruled out or its supporters certainly cannot pay for it. */
    private Entry price(int project) {
        if (ruledOut[project]) {
            return null;
        }
        long cost = election.cost[project];
        if (cost == 0) {
            return new Entry(project, round, 0, 0, 0, 0);
        }
        int[] groups = supporters.groups[project];
        double[] weights = supporters.weights[project];
        double total = election.votes[project];
        double costAsDouble = cost;
        double roundoff = roundoff(groups.length);
        double money = paid(groups, weights, Double.POSITIVE_INFINITY);
        double moneyError = paidError + roundoff * money;
        if (money + moneyError < costAsDouble) {
            return null;
        }
        if (money - moneyError <= costAsDouble) {
            return exactPrice(project);
        }
        double share = estimateShare(groups, weights, total, costAsDouble);
        if (payingWeight <= 0) {
            return exactPrice(project);
        }
        double width = 2 * (shareEstimateError + roundoff * costAsDouble) / payingWeight + 8 * U * share;
        for (int attempt = 0; attempt < 4; attempt++, width *= 16) {
            double below = share - width;
            double above = share + width;
            double paidBelow = paid(groups, weights, below);
            if (!(paidBelow + paidError + roundoff * paidBelow < costAsDouble)) {
                continue;
            }
            double paidAbove = paid(groups, weights, above);
            if (paidAbove - paidError - roundoff * paidAbove > costAsDouble) {
                double lo = Math.max(0, below / costAsDouble * (1 - 4 * U));
                double hi = above / costAsDouble * (1 + 4 * U);
                return new Entry(project, round, lo, hi, share, (above - below) * (1 + 4 * U));
            }
        }
        return exactPrice(project);
    }

    /**
     * Relative error bound of a compensated sum of n non-negative products (one rounding each), doubled: Neumaier
     * summation errs by at most 2u|S| + O(n^2 u^2) sum |x|.
     */
    private static double roundoff(int n) {
        double nu = (n + 2) * U;
        return 2 * (3 * U + 2 * nu * nu) + Double.MIN_NORMAL;
    }

    /**
     * F(x), what the supporters would pay if each paid min(budget, x), by compensated summation; sets
     * {@link #paidError} to a bound on the error that comes from the budgets' own errors. A voter certainly richer than
     * x pays exactly x.
     */
    private double paid(int[] groups, double[] weights, double share) {
        double sum = 0;
        double compensation = 0;
        double errors = 0;
        for (int i = 0; i < groups.length; i++) {
            int group = groups[i];
            double b = budget[group];
            double e = error[group];
            double term = weights[i] * Math.min(b, share);
            double next = sum + term;
            compensation += sum >= term ? (sum - next) + term : (term - next) + sum;
            sum = next;
            if (b - e < share) {
                errors += weights[i] * e;
            }
        }
        paidError = errors * (1 + roundoff(groups.length)) + Double.MIN_NORMAL;
        return sum + compensation;
    }

    /**
     * Estimates q with F(q) = cost: supporters below the current estimate pay all they have, q only grows. Sets
     * {@link #payingWeight} (supporters paying q) and {@link #shareEstimateError} (budget errors that can move F).
     */
    private double estimateShare(int[] groups, double[] weights, double total, double cost) {
        double share = cost / total;
        payingWeight = total;
        for (int iteration = 0; iteration < 100; iteration++) {
            double poorMoney = 0;
            double poorWeight = 0;
            double errors = 0;
            for (int i = 0; i < groups.length; i++) {
                int group = groups[i];
                double b = budget[group];
                if (b < share) {
                    poorMoney += weights[i] * b;
                    poorWeight += weights[i];
                }
                if (b - error[group] < share) {
                    errors += weights[i] * error[group];
                }
            }
            payingWeight = total - poorWeight;
            shareEstimateError = errors;
            if (payingWeight <= 0) {
                break;
            }
            double next = (cost - poorMoney) / payingWeight;
            if (!(next > share)) {
                break;
            }
            share = next;
        }
        return share;
    }

    /** Supporters of the project pay min(budget, q); the exact q is within shareError of share. */
    private void pay(int project, double share, double shareError) {
        double rounding = U * (perVoter + share);
        for (int group : supporters.groups[project]) {
            double b = budget[group];
            double e = error[group];
            if (b + e <= share - shareError) {
                // Certainly no richer than the exact q: pays everything, exactly 0 left.
                budget[group] = 0;
                error[group] = 0;
            } else {
                double left = b - share;
                budget[group] = left > 0 ? left : 0;
                error[group] = (e + shareError + rounding) * (1 + 4 * U);
            }
        }
    }
}
