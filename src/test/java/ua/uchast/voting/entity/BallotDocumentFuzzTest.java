package ua.uchast.voting.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever bytes come back as a signed ballot document (the content of an uploaded signature), the platform finds its
 * nonce or none, and reads it as a document only if it is exactly one it could have issued; anything else is refused
 * with IllegalArgumentException, in bounded time. Seeds in {@code BallotDocumentFuzzTestInputs/} run in every build;
 * {@code JAZZER_FUZZ=1} fuzzes.
 */
class BallotDocumentFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void read(byte[] input) {
        BallotDocument document;
        try {
            document = BallotDocument.read(input);
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertArrayEquals(input, document.bytes(), "only the canonical bytes read as a document");
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void nonceIn(byte[] input) {
        Optional<String> nonce = BallotDocument.nonceIn(input);
        nonce.ifPresent(found -> {
            assertTrue(found.matches("[0-9a-f]{32}"), found);
            assertTrue(new String(input, StandardCharsets.UTF_8).endsWith("\"nonce\":\"" + found + "\"}"));
        });
    }

    @Test
    void anIssuedDocumentReadsBackAndNothingLongerThanADocumentIsRead() {
        BallotDocument issued = BallotDocument.issue("vyshneva", 7L, Choices.of(Map.of(1L, List.of(2L, 3L))),
                new BallotDocument.Declaration("Я проживаю у громаді", 4L), LocalDateTime.of(2027, 5, 1, 12, 0));
        assertArrayEquals(issued.bytes(), BallotDocument.read(issued.bytes()).bytes());
        assertEquals(Optional.of(issued.nonce()), BallotDocument.nonceIn(issued.bytes()));

        byte[] huge = new byte[64 * 1024 * 1024];
        assertThrows(IllegalArgumentException.class, () -> BallotDocument.read(huge));
        assertTrue(BallotDocument.nonceIn(huge).isEmpty());
    }
}
