package ua.uchast.tally.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import ua.uchast.platform.control.UiText;

/** Every warning and refusal of the engine, every outcome and every rule it counts by reads in both languages. */
class EngineMessagesTest {

    private static final List<Locale> LANGUAGES = List.of(UiText.UKRAINIAN, Locale.ENGLISH);

    @Test
    void everyNoticeCodeHasItsMessageInUkrainianAndEnglish() {
        List<Executable> checks = new ArrayList<>();
        for (NoticeCode code : NoticeCode.values()) {
            Notice notice = Notice.atLine(12, code, "first", "second", "third");
            for (Locale language : LANGUAGES) {
                checks.add(() -> {
                    String text = UiText.format(language, notice.messageKey(), notice.messageArguments());
                    assertNotEquals(notice.messageKey(), text, "no message for " + code + " in " + language);
                    assertFalse(text.contains("{"), "unformatted " + text);
                });
            }
        }
        assertAll(checks);
    }

    @Test
    void englishAndUkrainianMessagesOfACodeDiffer() {
        for (NoticeCode code : NoticeCode.values()) {
            Notice notice = Notice.of(code, "x");
            assertNotEquals(UiText.format(Locale.ENGLISH, notice.messageKey(), notice.messageArguments()),
                    UiText.format(UiText.UKRAINIAN, notice.messageKey(), notice.messageArguments()), code.name());
        }
    }

    @Test
    void everyOutcomeAndEveryCountingRuleIsExplained() {
        List<String> keys = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            keys.add("outcome." + outcome);
        }
        for (CountingRule rule : CountingRule.values()) {
            keys.add("countingRule.explain." + rule.pabulibName());
        }
        for (String key : keys) {
            for (Locale language : LANGUAGES) {
                assertNotEquals(key, UiText.format(language, key), key + " in " + language);
            }
        }
    }
}
