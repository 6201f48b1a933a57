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
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;
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
import ua.uchast.tally.entity.TieBreak;

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
        Prepared prepared = new Prepared(election);
        boolean filtered = Prepared.fitsDoubles(election, budget);
        Selection best = run(election, prepared, perVoter, filtered);
        // The runs for the next few per-voter budgets are independent, so they are computed in parallel and then
        // examined in order; a run past the first one that does not fit is wasted, the result is the same.
        int batch = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        raising:
        while (true) {
            long from = perVoter + 1;
            List<Selection> next = LongStream.range(from, from + batch).parallel()
                    .mapToObj(each -> run(election, prepared, each, filtered)).toList();
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

    /** One Equal Shares run (no add1) with the given budget per voter: winners in selection order, and ties. */
    static Map.Entry<List<String>, List<Tie>> singleRun(PbElection election, TieBreak tieBreak, long perVoter) {
        IndexedElection indexed = new IndexedElection(election, tieBreak);
        Selection selection = run(indexed, new Prepared(indexed), perVoter, Prepared.fitsDoubles(indexed, perVoter));
        return Map.entry(selection.order().stream().map(indexed::id).toList(), selection.ties());
    }

    static long filteredDecisions() {
        return FilteredRun.FILTERED_DECISIONS.get();
    }

    static long exactConsultations() {
        return FilteredRun.EXACT_CONSULTATIONS.get();
    }

    private static Selection run(IndexedElection election, Prepared prepared, long perVoter, boolean filtered) {
        return filtered ? new FilteredRun(election, prepared, perVoter).select()
                : new Run(election, prepared.supporters, perVoter).select();
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
        Candidate price(int project) {
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

    /**
     * One Equal Shares run on doubles, with a rigorous bound on how far they can be from the exact values; every
     * decision the bound cannot settle (two prices that may be equal, a project that may or may not be affordable) is
     * taken by the exact {@link Run}, which replays the purchases made so far only when it is first needed. The outcome
     * is therefore exactly that of {@link Run#select()}: floating point never decides anything by itself.
     *
     * <p>Invariant: the exact budget of each voter of ballot group g is within {@code error[g]} of {@code budget[g]}
     * (0 once the voter has certainly spent everything). A price is bracketed by evaluating F(x) = sum of min(budget, x)
     * over the supporters, with compensated summation and its error bound, at two points around the estimated equal
     * share q, so the exact q lies strictly between them. Paying moves a budget by at most the bracket's width (min is
     * 1-Lipschitz) plus one rounding.
     */
    private static final class FilteredRun {
        /** Twice the unit roundoff: a generous bound for the relative error of one double operation. */
        private static final double U = 0x1p-52;
        /** How many purchases the doubles decided, and how many times the exact run was consulted (for tests). */
        static final AtomicLong FILTERED_DECISIONS = new AtomicLong();
        static final AtomicLong EXACT_CONSULTATIONS = new AtomicLong();

        private final IndexedElection election;
        private final Prepared prepared;
        private final long perVoter;
        /** Per ballot group, the budget of each of its voters, and a bound on its distance from the exact budget. */
        private final double[] budget;
        private final double[] error;
        private final List<Integer> order = new ArrayList<>();
        private int round;
        private Run exact;
        private int exactRound;
        /** Results of {@link #paid} and {@link #estimateShare}, kept in fields to avoid allocating. */
        private double paidError;
        private double payingWeight;
        private double shareEstimateError;

        /** A candidate whose price per unit of utility rho is in [lo, hi]; its exact equal share is within shareError. */
        private record Entry(int project, int round, double lo, double hi, double share, double shareError) {
        }

        FilteredRun(IndexedElection election, Prepared prepared, long perVoter) {
            this.election = election;
            this.prepared = prepared;
            this.perVoter = perVoter;
            this.budget = new double[election.ballotProjects.length];
            this.error = new double[election.ballotProjects.length];
            Arrays.fill(budget, perVoter);
        }

        Selection select() {
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
                    FILTERED_DECISIONS.incrementAndGet();
                    chosen = best.project();
                    share = best.share();
                    shareError = best.shareError();
                } else {
                    rivals.add(0, best);
                    Run run = exactNow();
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
                pay(chosen, share, shareError);
                round++;
            }
            return new Selection(order, selected, cost, ties);
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
        private Run exactNow() {
            EXACT_CONSULTATIONS.incrementAndGet();
            if (exact == null) {
                exact = new Run(election, prepared.supporters, perVoter);
            }
            while (exactRound < round) {
                exact.buy(order.get(exactRound++));
            }
            return exact;
        }

        /** The project's price from the exact run, or null if it is not affordable. */
        private Entry exactPrice(int project) {
            Run run = exactNow();
            Candidate candidate = run.price(project);
            if (candidate == null) {
                return null;
            }
            double share = run.share(candidate);
            double rho = share / election.cost[project];
            return new Entry(project, round, rho * (1 - 8 * U), rho * (1 + 8 * U), share, share * 4 * U);
        }

        /** The project's current price, or null if its supporters certainly cannot pay for it any more. */
        private Entry price(int project) {
            long cost = election.cost[project];
            if (cost == 0) {
                return new Entry(project, round, 0, 0, 0, 0);
            }
            int[] groups = prepared.supporters[project];
            double[] weights = prepared.weights[project];
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
         * {@link #paidError} to a bound on the error that comes from the budgets' own errors. A voter certainly richer
         * than x pays exactly x.
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
            for (int group : prepared.supporters[project]) {
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

    /** Per project, the ballot groups that list it and their weights, shared by all runs of one tally. */
    private static final class Prepared {
        final int[][] supporters;
        final double[][] weights;

        Prepared(IndexedElection election) {
            this.supporters = supportersByProject(election);
            this.weights = new double[election.projectCount][];
            for (int project = 0; project < election.projectCount; project++) {
                weights[project] = new double[supporters[project].length];
                for (int i = 0; i < weights[project].length; i++) {
                    weights[project][i] = election.ballotWeight[supporters[project][i]];
                }
            }
        }

        /** Whether every amount fits a double exactly (below 2^53), so the filtered run may be used. */
        static boolean fitsDoubles(IndexedElection election, long perVoter) {
            long limit = 1L << 53;
            long costs = 0;
            for (long cost : election.cost) {
                costs += Math.min(cost, limit);
            }
            return election.voterCount() < limit && election.election.budget() < limit && costs < limit
                    && perVoter < limit - 16;
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
