package ua.uchast.audit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.platform.control.UiText;

/** Audit entries read as sentences, field by field, in both languages, whatever component recorded them. */
class AuditVocabularyTest {

    private static final AuditVocabulary UKRAINIAN = new AuditVocabulary(UiText.UKRAINIAN);
    private static final LocalDateTime WHEN = LocalDateTime.of(2027, 3, 1, 9, 30);

    private static AuditEntry entry(String action, String subjectType, String before, String after) {
        return new AuditEntry(1L, 5L, "vyshneva.admin", action, subjectType, 5L, before, after, WHEN);
    }

    @Test
    void aReviewDecisionIsNamedInWordsAndTheSubjectByItsTitleNotByItsClassAndId() {
        AuditVocabulary.Line line = UKRAINIAN.describe(entry("project.reviewed.ACCEPT", "Project",
                "{\"title\":\"Лавки\",\"status\":\"UNDER_REVIEW\",\"totalCost\":85000,\"statusReason\":null}",
                "{\"title\":\"Лавки\",\"status\":\"ACCEPTED\",\"totalCost\":85000,\"statusReason\":\"Усе гаразд\"}"));
        assertEquals("Проєкт допущено до голосування", line.action());
        assertEquals("Проєкт «Лавки»", line.subject());
        assertEquals(List.of(new AuditVocabulary.Change("Статус", "На розгляді", "Допущено до голосування"),
                new AuditVocabulary.Change("Пояснення авторові", "—", "Усе гаразд")), line.changes(),
                "only what changed, values translated");
    }

    @Test
    void aStaffAccountIsNamedByItsPersonAndMoneyDatesAndYesNoAreWrittenForPeople() {
        AuditVocabulary.Line deactivated = UKRAINIAN.describe(entry("staff.deactivated", "StaffAccount",
                "{\"username\":\"ira\",\"fullName\":\"Ірина Савчук\",\"role\":\"OPERATOR\",\"active\":true}",
                "{\"username\":\"ira\",\"fullName\":\"Ірина Савчук\",\"role\":\"OPERATOR\",\"active\":false}"));
        assertEquals("Обліковий запис «Ірина Савчук»", deactivated.subject());
        assertEquals(List.of(new AuditVocabulary.Change("Діє", "так", "ні")), deactivated.changes());

        AuditVocabulary.Line planned = UKRAINIAN.describe(entry("cycle.planned", "BudgetCycle", null,
                "{\"title\":\"Бюджет участі 2027\",\"year\":2027,\"totalBudget\":3000000,\"voting\":\"2027-05-01..2027-05-15\","
                        + "\"categories\":[{\"name\":\"Малі\",\"budget\":1000000}]}"));
        assertEquals("Бюджет участі «Бюджет участі 2027»", planned.subject());
        assertTrue(planned.changes().contains(new AuditVocabulary.Change("Рік", "—", "2027")));
        assertTrue(planned.changes().contains(new AuditVocabulary.Change("Загальний бюджет", "—", "3\u00a0000\u00a0000\u00a0грн")));
        assertTrue(planned.changes().contains(new AuditVocabulary.Change("Голосування", "—", "01.05.2027 – 15.05.2027")));
        assertTrue(planned.changes().contains(new AuditVocabulary.Change("Категорії", "—",
                "Назва: Малі; Бюджет: 1\u00a0000\u00a0000\u00a0грн")));
    }

    @Test
    void anActionAFieldAndASubjectNoComponentHasWordsForYetAreStillReadableNeverABareKey() {
        AuditVocabulary.Line line = UKRAINIAN.describe(entry("voting.ballotAnnulled.BY_OPERATOR", "PaperBallot", null,
                "{\"ballotNumber\":17,\"reasonCode\":\"DAMAGED\",\"Малі проєкти\":[\"P1\",\"P2\"]}"));
        assertEquals("Voting ballot annulled by operator", line.action());
        assertEquals("Paper ballot № 5", line.subject());
        assertEquals(List.of(new AuditVocabulary.Change("Ballot number", "—", "17"),
                new AuditVocabulary.Change("Reason code", "—", "DAMAGED"),
                new AuditVocabulary.Change("Малі проєкти", "—", "P1\nP2")), line.changes());
        assertFalse(line.toString().contains("???"));
    }

    @Test
    void englishReadersGetEnglishWords() {
        AuditVocabulary.Line line = new AuditVocabulary(Locale.ENGLISH).describe(entry("cycle.published", "BudgetCycle",
                "{\"title\":\"B\",\"published\":false}", "{\"title\":\"B\",\"published\":true}"));
        assertEquals("Participatory budget published", line.action());
        assertEquals(List.of(new AuditVocabulary.Change("Published", "no", "yes")), line.changes());
    }
}
