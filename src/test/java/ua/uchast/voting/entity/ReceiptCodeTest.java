package ua.uchast.voting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Receipt codes: 100 random bits, no look-alike characters, easy to copy, typed back however. */
class ReceiptCodeTest {

    @Test
    void aCodeIsFourGroupsOfFiveWithoutLookAlikes() {
        String code = ReceiptCode.random().grouped();
        assertTrue(code.matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){3}"), code);
        assertEquals(32, ReceiptCode.ALPHABET.length(), "32 symbols × 20 = 100 bits");
        assertFalse(ReceiptCode.ALPHABET.matches(".*[01IO].*"));
        assertNotEquals(ReceiptCode.random().characters(), ReceiptCode.random().characters());
    }

    @Test
    void aCodeIsReadInAnyCaseWithSpacesOrDashes() {
        ReceiptCode code = ReceiptCode.random();
        String typed = code.grouped().toLowerCase().replace("-", " ");
        assertEquals(code.characters(), ReceiptCode.typed(" " + typed + " ").orElseThrow().characters());
        assertTrue(ReceiptCode.typed("ABCDE-FGHJK-LMNPQ-RSTU").isEmpty(), "too short");
        assertTrue(ReceiptCode.typed("ABCDE-FGHJK-LMNPQ-RSTU0").isEmpty(), "0 is not in the alphabet");
        assertTrue(ReceiptCode.typed(null).isEmpty());
    }
}
