package ua.uchast.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class UiTextTest {

    @Test
    void amountsAreGroupedInThreesButYearsAreNot() {
        assertEquals("1\u00a0500\u00a0000", UiText.groupDigits(1_500_000));
        assertEquals("2027", UiText.groupDigits(2027));
        assertEquals("50\u00a0000", UiText.groupDigits(50_000));
        assertEquals("7\u00a0000", UiText.groupAmount(7_000), "amounts in a column are always grouped");
    }

    @Test
    void messagesComeInUkrainianByDefaultAndInEnglishOnRequest() {
        assertEquals("Заповніть це поле.", UiText.format(UiText.UKRAINIAN, "validation.required"));
        assertEquals("Please fill in this field.", UiText.format(Locale.ENGLISH, "validation.required"));
    }

    @Test
    void anArgumentThatIsAKeyIsTranslatedToo() {
        assertEquals("Ця дата має бути пізніше за «Кінець подання проєктів».",
                UiText.format(UiText.UKRAINIAN, "validation.dateAfter", "cycle.submissionEnd"));
    }

    @Test
    void everyUkrainianKeyHasAnEnglishTextAndTheOtherWayRound() {
        java.util.ResourceBundle english = java.util.ResourceBundle.getBundle(UiText.BUNDLE, Locale.ROOT);
        java.util.ResourceBundle ukrainian = java.util.ResourceBundle.getBundle(UiText.BUNDLE, UiText.UKRAINIAN);
        assertEquals(new java.util.TreeSet<>(english.keySet()), new java.util.TreeSet<>(ukrainian.keySet()));
    }
}
