package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ua.uchast.identity.entity.Rnokpp;

/**
 * Any uploaded voter list is read into valid numbers and the numbers of the lines that are not, in bounded time.
 * Seeds in {@code VoterListParserFuzzTestInputs/} run in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class VoterListParserFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void parse(byte[] input) {
        VoterListParser.ParsedList parsed = VoterListParser.parse(new String(input, StandardCharsets.UTF_8));

        assertTrue(parsed.taxNumbers().stream().map(Rnokpp::value).allMatch(Rnokpp::isValid));
        List<Integer> invalid = parsed.invalidLines();
        for (int i = 1; i < invalid.size(); i++) {
            assertTrue(invalid.get(i - 1) < invalid.get(i), "invalid lines are named once each, in order");
        }
        assertTrue(invalid.isEmpty() || invalid.get(0) >= 1);
    }
}
