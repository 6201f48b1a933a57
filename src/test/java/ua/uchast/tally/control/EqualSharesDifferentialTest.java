package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ua.uchast.tally.TestElections;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Tie;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.tally.entity.TieCriterion;

/**
 * Randomized differential test: on many small random elections, the optimized Equal Shares (doubles with error bounds,
 * exact fallback) gives exactly the outcome of a plain exact reference implementation kept here: one rational budget
 * per ballot group, every price recomputed from sorted budgets every round, add1 by +1 steps. A third of the elections
 * have a withdrawn project or groups of mutually exclusive projects.
 */
class EqualSharesDifferentialTest {

    private static final List<TieOrderRule> TIE_BREAKS = List.of(TieOrderRule.LOWER_COST_THEN_FILE_ORDER,
            TieOrderRule.of(TieCriterion.FILE_ORDER), TieOrderRule.withSeed("differential", TieCriterion.RANDOM_SEED));

    private final EqualSharesTally equalShares = new EqualSharesTally();

    /** Small integers: many exact ties and borderline affordability, so the exact fallback decides often. */
    @Test
    void add1OutcomesMatchTheReferenceOnSmallIntegers() {
        EqualSharesStatistics statistics = new EqualSharesStatistics();
        compareAdd1(1, 3000, 8, 30, 60, statistics);
        assertTrue(statistics.exactConsultations() > 0, "the exact fallback was exercised");
    }

    /** Larger, uneven amounts: prices rarely tie, so the floating-point filter decides almost everything. */
    @Test
    void add1OutcomesMatchTheReferenceOnUnevenAmounts() {
        EqualSharesStatistics statistics = new EqualSharesStatistics();
        compareAdd1(2, 250, 12, 40, 3_000, statistics);
        assertTrue(statistics.filteredDecisions() > 0, "the floating-point filter decided");
    }

    @Test
    void singleRunsMatchTheReferenceForEveryPerVoterBudget() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 150; i++) {
            PbElection election = randomElection(random, 2 + random.nextInt(9), 1 + random.nextInt(30),
                    random.nextBoolean() ? 40 : 5_000);
            TieOrderRule tieBreak = TIE_BREAKS.get(random.nextInt(TIE_BREAKS.size()));
            Reference reference = new Reference(election, tieBreak);
            long most = election.budget() + 2;
            for (long perVoter = 0; perVoter <= most; perVoter += 1 + most / 25) {
                Map.Entry<List<String>, List<Tie>> optimized = EqualSharesTally.singleRun(election, tieBreak, perVoter,
                        new EqualSharesStatistics());
                Reference.Run expected = reference.run(perVoter);
                String context = "election " + i + " " + election + " per voter " + perVoter + " " + tieBreak;
                assertEquals(expected.order(), optimized.getKey(), context);
                assertEquals(expected.ties(), optimized.getValue(), context);
            }
        }
    }

    private void compareAdd1(long seed, int elections, int maxProjects, int maxGroups, int maxCost,
            EqualSharesStatistics statistics) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < elections; i++) {
            PbElection election = randomElection(random, 1 + random.nextInt(maxProjects), 1 + random.nextInt(maxGroups),
                    maxCost);
            TieOrderRule tieBreak = TIE_BREAKS.get(random.nextInt(TIE_BREAKS.size()));
            boolean stopAtFirstExhaustive = random.nextInt(4) == 0;
            Exclusions exclusions = random.nextInt(3) == 0 ? randomExclusions(random, election) : Exclusions.NONE;
            TallyResult optimized = equalShares.tally(election, new TallyOptions(CountingRule.EQUAL_SHARES_ADD1,
                    tieBreak, stopAtFirstExhaustive, exclusions), statistics);
            Reference.Add1 expected = new Reference(election, tieBreak, exclusions).add1(stopAtFirstExhaustive);
            String context = "election " + i + " " + election + " " + tieBreak + " stop " + stopAtFirstExhaustive + " "
                    + exclusions;
            assertEquals(expected.winnersInFileOrder(), optimized.winners(), context);
            assertEquals(expected.perVoter(), optimized.equalShares().orElseThrow().perVoterBudget(), context);
            assertEquals(expected.cost(), optimized.totalCost(), context);
            assertEquals(expected.ties(), optimized.ties(), context);
        }
    }

    /** A withdrawn project now and then, and one or two groups of two or three mutually exclusive projects. */
    private static Exclusions randomExclusions(SplittableRandom random, PbElection election) {
        List<String> ids = election.projects().stream().map(project -> project.id()).toList();
        Set<String> withdrawn = random.nextInt(3) == 0 ? Set.of(ids.get(random.nextInt(ids.size()))) : Set.of();
        List<Set<String>> groups = new ArrayList<>();
        for (int group = 0; group < 1 + random.nextInt(2) && ids.size() > 1; group++) {
            Set<String> members = new HashSet<>();
            while (members.size() < Math.min(ids.size(), 2 + random.nextInt(2))) {
                members.add(ids.get(random.nextInt(ids.size())));
            }
            groups.add(members);
        }
        return new Exclusions(withdrawn, groups);
    }

    private static PbElection randomElection(SplittableRandom random, int projects, int groups, int maxCost) {
        TestElections builder = TestElections.approval();
        long totalCost = 0;
        for (int p = 0; p < projects; p++) {
            long cost = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(maxCost);
            totalCost += cost;
            builder.project("P" + p, cost);
        }
        for (int g = 0; g < groups; g++) {
            List<String> listed = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                if (random.nextInt(3) == 0) {
                    listed.add("P" + p);
                }
            }
            if (listed.isEmpty()) {
                listed.add("P" + random.nextInt(projects));
            }
            long weight = random.nextInt(3) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(3);
            builder.ballot(weight, listed.toArray(String[]::new));
        }
        long budget = totalCost <= 1 ? 1 : 1 + random.nextLong(totalCost);
        return builder.build(budget);
    }

    /** Exact, straightforward Equal Shares with cost utilities. */
    private static final class Reference {
        private final IndexedElection election;
        private final long voters;

        record Run(List<String> order, List<Tie> ties, boolean[] selected, boolean[] ruledOut, long cost) {
        }

        record Add1(List<String> winnersInFileOrder, long perVoter, long cost, List<Tie> ties) {
        }

        Reference(PbElection election, TieOrderRule tieBreak) {
            this(election, tieBreak, Exclusions.NONE);
        }

        Reference(PbElection election, TieOrderRule tieBreak, Exclusions exclusions) {
            this.election = new IndexedElection(election, tieBreak, exclusions);
            this.voters = this.election.voterCount();
        }

        Add1 add1(boolean stopAtFirstExhaustive) {
            long budget = election.election.budget();
            long perVoter = voters == 0 ? 0 : budget / voters;
            Run best = run(perVoter);
            while (!(stopAtFirstExhaustive && exhaustive(best, budget)) && !everySupportedSelected(best)
                    && perVoter < budget) {
                Run next = run(perVoter + 1);
                if (next.cost() > budget) {
                    break;
                }
                perVoter++;
                best = next;
            }
            return new Add1(election.idsInFileOrder(best.selected()), perVoter, best.cost(), best.ties());
        }

        private boolean exhaustive(Run run, long budget) {
            for (int p = 0; p < election.projectCount; p++) {
                if (!run.selected()[p] && !run.ruledOut()[p] && election.cost[p] <= budget - run.cost()) {
                    return false;
                }
            }
            return true;
        }

        private boolean everySupportedSelected(Run run) {
            for (int p = 0; p < election.projectCount; p++) {
                if (!run.selected()[p] && !run.ruledOut()[p] && election.votes[p] > 0) {
                    return false;
                }
            }
            return true;
        }

        Run run(long perVoter) {
            int groups = election.ballotProjects.length;
            Fraction[] budgets = new Fraction[groups];
            for (int g = 0; g < groups; g++) {
                budgets[g] = Fraction.of(perVoter);
            }
            boolean[] selected = new boolean[election.projectCount];
            boolean[] ruledOut = election.initiallyRuledOut();
            List<String> order = new ArrayList<>();
            List<Tie> ties = new ArrayList<>();
            long cost = 0;
            while (true) {
                Fraction bestRho = null;
                Fraction bestShare = null;
                List<Integer> tied = new ArrayList<>();
                List<Integer> byRank = new ArrayList<>();
                for (int p = 0; p < election.projectCount; p++) {
                    byRank.add(p);
                }
                byRank.sort(Comparator.comparingInt(election.tieOrder::rank));
                for (int p : byRank) {
                    if (selected[p] || ruledOut[p]) {
                        continue;
                    }
                    Fraction share = share(p, budgets);
                    if (share == null) {
                        continue;
                    }
                    Fraction rho = election.cost[p] == 0 ? Fraction.of(0) : share.divide(election.cost[p]);
                    int comparison = bestRho == null ? -1 : rho.compareTo(bestRho);
                    if (comparison < 0) {
                        bestRho = rho;
                        bestShare = share;
                        tied = new ArrayList<>(List.of(p));
                    } else if (comparison == 0) {
                        tied.add(p);
                    }
                }
                if (bestRho == null) {
                    break;
                }
                if (tied.size() > 1) {
                    ties.add(election.tieOrder.tie(tied));
                }
                int chosen = tied.get(0);
                selected[chosen] = true;
                election.ruleOutRivalsOf(chosen, ruledOut);
                order.add(election.id(chosen));
                cost += election.cost[chosen];
                for (int g = 0; g < groups; g++) {
                    if (lists(g, chosen)) {
                        Fraction left = budgets[g].subtract(bestShare);
                        budgets[g] = left.signum() > 0 ? left : Fraction.of(0);
                    }
                }
            }
            return new Run(order, ties, selected, ruledOut, cost);
        }

        /** The equal share q with sum over supporters of min(budget, q) = cost, or null if they cannot pay. */
        private Fraction share(int project, Fraction[] budgets) {
            List<Integer> supporters = new ArrayList<>();
            Fraction money = Fraction.of(0);
            long weight = 0;
            for (int g = 0; g < budgets.length; g++) {
                if (lists(g, project)) {
                    supporters.add(g);
                    money = money.add(budgets[g].multiply(election.ballotWeight[g]));
                    weight += election.ballotWeight[g];
                }
            }
            Fraction remaining = Fraction.of(election.cost[project]);
            if (money.compareTo(remaining) < 0) {
                return null;
            }
            if (election.cost[project] == 0) {
                return Fraction.of(0);
            }
            supporters.sort(Comparator.comparing(g -> budgets[g]));
            for (int g : supporters) {
                if (budgets[g].multiply(weight).compareTo(remaining) < 0) {
                    remaining = remaining.subtract(budgets[g].multiply(election.ballotWeight[g]));
                    weight -= election.ballotWeight[g];
                } else {
                    break;
                }
            }
            return remaining.divide(weight);
        }

        private boolean lists(int group, int project) {
            for (int listed : election.ballotProjects[group]) {
                if (listed == project) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An exact rational number, always reduced, with a positive denominator. */
    private record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

        static Fraction of(long value) {
            return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
        }

        static Fraction reduced(BigInteger numerator, BigInteger denominator) {
            BigInteger gcd = numerator.gcd(denominator);
            if (gcd.signum() == 0) {
                return new Fraction(BigInteger.ZERO, BigInteger.ONE);
            }
            if (denominator.signum() < 0) {
                gcd = gcd.negate();
            }
            return new Fraction(numerator.divide(gcd), denominator.divide(gcd));
        }

        Fraction add(Fraction other) {
            return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                    denominator.multiply(other.denominator));
        }

        Fraction subtract(Fraction other) {
            return add(new Fraction(other.numerator.negate(), other.denominator));
        }

        Fraction multiply(long factor) {
            return reduced(numerator.multiply(BigInteger.valueOf(factor)), denominator);
        }

        Fraction divide(long divisor) {
            return reduced(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
        }

        int signum() {
            return numerator.signum();
        }

        @Override
        public int compareTo(Fraction other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
        }
    }
}
