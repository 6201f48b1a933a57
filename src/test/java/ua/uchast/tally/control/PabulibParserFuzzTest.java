package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * Whatever bytes arrive as a .pb file, the parser reads them or refuses them with a code and a line: no other
 * exception, no hang, no unbounded memory (a line is at most 1 MiB). What it reads can be counted: its rule is read or
 * refused with a code, and a greedy count of it cannot overflow. In the normal build the seeds in
 * {@code PabulibParserFuzzTestInputs} run as regression tests; {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class PabulibParserFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @FuzzTest(maxDuration = "10m")
    void anyInputIsReadOrRefusedWithACodeAndALine(byte[] input) {
        long start = System.nanoTime();
        try {
            PbElection election = new PabulibParser().parse(new ByteArrayInputStream(input));
            countable(election);
        } catch (PabulibFormatException refused) {
            assertNotNull(refused.code());
            assertTrue(refused.lineNumber() >= 0 && refused.lineNumber() <= lineCount(input) + 1, refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Duration taken = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(taken.compareTo(BOUND) < 0, "took " + taken);
    }

    private static void countable(PbElection election) {
        try {
            PublishedRule.Reading rule = PublishedRule.ofFile(election);
            CountingRule greedyKind = rule.rule().equalShares() ? CountingRule.GREEDY : rule.rule();
            new Tallying().tally(election, new TallyOptions(greedyKind, TieOrderRule.FILE_ORDER, false,
                    rule.exclusions()));
        } catch (RuleRefusedException refused) {
            assertNotNull(refused.notice().code());
        }
    }

    private static int lineCount(byte[] input) {
        int lines = 1;
        for (byte b : input) {
            if (b == '\n' || b == '\r') {
                lines++;
            }
        }
        return lines;
    }
}
