package ua.uchast.voting.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ua.uchast.voting.entity.BallotChain;

/**
 * Whatever a downloaded ballot file holds, {@code check-ballot-file} says whether its chain holds or names the first bad
 * line, in bounded time and memory, and reads a line only if it is exactly in the published form. Seeds in
 * {@code CheckBallotFileFuzzTestInputs/} run in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CheckBallotFileFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readLine(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<BallotChain.Line> line = BallotChain.read(text);
        line.ifPresent(read -> assertEquals(text, read.text(), "only a line in the published form is read"));
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void check(byte[] input) throws IOException {
        CheckBallotFileCommand.Verdict verdict = CheckBallotFileCommand.check(reader(new InputStreamReader(
                new ByteArrayInputStream(input), StandardCharsets.UTF_8)), null);

        assertFalse(verdict.message().isBlank());
        if (!verdict.holds()) {
            assertTrue(verdict.message().startsWith("Line ") || verdict.message().startsWith("The "), verdict.message());
        }
    }

    @Test
    void aLineOfAThousandCategoriesOrTenThousandProjectsIsRefusedByNameNotByCrashing() throws IOException {
        String genesis = BallotChain.genesis(7);
        StringBuilder categories = new StringBuilder("{\"1\":[1]");
        for (int i = 2; i <= 2_000; i++) {
            categories.append(",\"").append(i).append("\":[1]");
        }
        StringBuilder projects = new StringBuilder("{\"1\":[1");
        for (int i = 2; i <= 50_000; i++) {
            projects.append(',').append(i);
        }
        for (String choices : new String[] {categories + "}", projects + "]}"}) {
            String line = "{\"ballot\":\"" + "a".repeat(32) + "\",\"channel\":\"paper\",\"choices\":" + choices
                    + ",\"cycle\":7,\"hash\":\"" + "0".repeat(64) + "\",\"prev\":\"" + genesis + "\"}";
            CheckBallotFileCommand.Verdict verdict = CheckBallotFileCommand.check(reader(new StringReader(line)), null);
            assertFalse(verdict.holds());
            assertEquals("Line 1 was changed: its hash does not match its content", verdict.message());
        }
    }

    @Test
    void aFileWithoutLineBreaksIsRefusedWithoutReadingItAllIntoMemory() throws IOException {
        Reader endless = new Reader() {
            private long given;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (given > 4L * 1024 * 1024 * 1024) {
                    return -1;
                }
                java.util.Arrays.fill(buffer, offset, offset + length, 'x');
                given += length;
                return length;
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
        CheckBallotFileCommand.Verdict verdict = CheckBallotFileCommand.check(reader(endless), null);
        assertFalse(verdict.holds());
        assertTrue(verdict.message().startsWith("Line 1 is longer than"), verdict.message());
    }

    private static BufferedReader reader(Reader reader) {
        return new BufferedReader(reader);
    }
}
