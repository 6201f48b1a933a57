package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import ua.uchast.tally.GeneratedElection;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.TieOrderRule;

/** 100,000 ballots x 200 projects; prints the time taken (the benchmark, not this test, judges speed). */
class LargeElectionTest {

    private static final PbElection ELECTION = GeneratedElection.approval(100_000, 200, 20_240_601L);

    private final Tallying tallying = new Tallying();

    @Test
    void greedy() {
        TallyResult result = timed("greedy", () -> tallying.tally(ELECTION, CountingRule.GREEDY, TieOrderRule.LOWER_COST_THEN_FILE_ORDER));

        assertFalse(result.winners().isEmpty());
        assertTrue(result.totalCost() <= ELECTION.budget());
        assertEquals(200, result.outcomes().size());
    }

    @Test
    void equalShares() {
        TallyResult result = timed("equalshares/add1",
                () -> tallying.tally(ELECTION, CountingRule.EQUAL_SHARES_ADD1, TieOrderRule.LOWER_COST_THEN_FILE_ORDER));

        assertFalse(result.winners().isEmpty());
        assertTrue(result.totalCost() <= ELECTION.budget());
    }

    private static TallyResult timed(String rule, Supplier<TallyResult> tally) {
        long start = System.nanoTime();
        TallyResult result = tally.get();
        System.out.printf("LargeElectionTest %s: %d ballot groups, %d winners, %d ms%n", rule,
                ELECTION.ballots().size(), result.winners().size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
