package ua.uchast.voting.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The ballot a voter signs: canonical JSON, read back to the byte, its nonce found without trusting the rest. */
class BallotDocumentTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 5, 1, 9, 30, 12, 345_000_000);

    @Test
    void theDocumentIsCanonicalJsonWithAThirtyMinuteNonce() {
        BallotDocument document = BallotDocument.issue("vyshneva", 5L, Choices.of(Map.of(12L, List.of(102L, 101L))),
                new BallotDocument.Declaration("Я проживаю на території громади «Вишнева громада».", 7L), NOW);
        String text = new String(document.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.matches("\\{\"choices\":\\{\"12\":\\[101,102]},\"cycle\":5,\"declaration\":\\{\"settlement\":7,"
                + "\"text\":\"Я проживаю на території громади «Вишнева громада».\"},\"expiresAt\":\"2027-05-01T10:00:12Z\","
                + "\"hromada\":\"vyshneva\",\"issuedAt\":\"2027-05-01T09:30:12Z\",\"nonce\":\"[0-9a-f]{32}\"}"), text);
        BallotDocument read = BallotDocument.read(document.bytes());
        assertArrayEquals(document.bytes(), read.bytes());
        assertEquals(document.nonce(), BallotDocument.nonceIn(document.bytes()).orElseThrow());
        assertEquals(NOW.withNano(0).plusMinutes(30), read.expiresAt());
    }

    @Test
    void anythingButTheIssuedFormIsRefused() {
        byte[] issued = BallotDocument.issue("vyshneva", 5L, Choices.of(Map.of(12L, List.of(101L))), null, NOW).bytes();
        String text = new String(issued, StandardCharsets.UTF_8);
        for (String other : new String[] {text.replace(",\"cycle\"", ", \"cycle\""), text.replace("[101]", "[101,101]"),
                "{}", "not json", text.substring(0, text.length() - 1)}) {
            assertThrows(IllegalArgumentException.class, () -> BallotDocument.read(other.getBytes(StandardCharsets.UTF_8)), other);
        }
        assertTrue(BallotDocument.nonceIn("{\"nonce\":\"zz\"}".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
