package ua.uchast.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RnokppTest {

    private static final String VALID = "3038104120";

    @Test
    void acceptsAMatchingCheckDigit() {
        assertTrue(Rnokpp.isValid(VALID));
        assertEquals(VALID, Rnokpp.of(VALID).value());
    }

    @Test
    void rejectsTheSyntheticTestCertificateNumber() {
        assertTrue(Rnokpp.hasTenDigits("3333333333"));
        assertFalse(Rnokpp.isValid("3333333333"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"3038104121", "303810412", "30381041200", "30381O4120", " 3038104120"})
    void rejectsMalformedOrWrongCheckDigit(String text) {
        assertFalse(Rnokpp.isValid(text));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Rnokpp.of(text));
        assertFalse(text != null && !text.isBlank() && error.getMessage().contains(text.strip()),
                "the number must not be echoed");
    }

    @Test
    void everyCheckDigitIsComputedFromTheFirstNine() {
        String firstNine = "123456789";
        long matching = "0123456789".chars().filter(d -> Rnokpp.isValid(firstNine + (char) d)).count();
        assertEquals(1, matching);
    }

    @Test
    void birthDateCountsDaysSince1899() {
        assertEquals(LocalDate.of(1983, 3, 7), Rnokpp.of(VALID).birthDate());
    }

    @Test
    void genderFollowsTheNinthDigit() {
        assertEquals(Rnokpp.Gender.FEMALE, Rnokpp.of(VALID).gender());
        String male = withCheckDigit("303810413");
        assertEquals(Rnokpp.Gender.MALE, Rnokpp.of(male).gender());
    }

    @Test
    void toStringMasksTheNumber() {
        String shown = Rnokpp.of(VALID).toString();
        assertFalse(shown.contains(VALID.substring(0, 8)));
        assertEquals("Rnokpp[********20]", shown);
    }

    @Test
    void equalByValue() {
        assertEquals(Rnokpp.of(VALID), Rnokpp.of(VALID));
        assertEquals(Rnokpp.of(VALID).hashCode(), Rnokpp.of(VALID).hashCode());
    }

    private static String withCheckDigit(String firstNine) {
        for (char d = '0'; d <= '9'; d++) {
            if (Rnokpp.isValid(firstNine + d)) {
                return firstNine + d;
            }
        }
        throw new AssertionError("no check digit fits " + firstNine);
    }
}
