package ua.uchast.voting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;

/** The ballot's rules: up to K projects, or any set within the budget; at least one project; only those on the ballot. */
class BallotFormTest {

    static final BallotForm FORM = new BallotForm(5L, List.of(
            new BallotForm.Category(1L, "Малі проєкти", VotingStyle.UP_TO_K, 2, Money.ofHryvnias(500_000), List.of(
                    entry(11L, 1, 100_000), entry(12L, 2, 200_000), entry(13L, 3, 300_000))),
            new BallotForm.Category(2L, "Для молоді", VotingStyle.WITHIN_BUDGET, 1, Money.ofHryvnias(400_000), List.of(
                    entry(21L, 1, 150_000), entry(22L, 2, 200_000), entry(23L, 3, 65_600)))));

    private static BallotForm.Entry entry(Long id, int number, long cost) {
        return new BallotForm.Entry(id, number, "Проєкт " + id, Money.ofHryvnias(cost));
    }

    private static Choices choose(Long category, Long... projects) {
        return Choices.of(Map.of(category, List.of(projects)));
    }

    @Test
    void aChoiceWithinTheRulesIsAccepted() {
        FORM.check(Choices.of(Map.of(1L, List.of(11L, 13L), 2L, List.of(21L, 22L))));
        FORM.check(choose(2L, 21L, 23L));
    }

    @Test
    void moreThanKIsRefusedNamingTheCategory() {
        FieldViolation refused = refusal(choose(1L, 11L, 12L, 13L));
        assertEquals("voting.tooMany", refused.messageKey());
        assertEquals(List.of(2, "Малі проєкти"), refused.arguments());
    }

    @Test
    void overTheCategoryBudgetIsRefusedWithTheTotal() {
        FieldViolation refused = refusal(choose(2L, 21L, 22L, 23L));
        assertEquals("voting.overBudget", refused.messageKey());
        assertEquals(List.of(415_600L, 400_000L, "Для молоді"), refused.arguments());
    }

    @Test
    void anEmptyBallotAndProjectsOrCategoriesNotOnItAreRefused() {
        assertEquals("voting.emptyBallot", refusal(Choices.of(Map.of())).messageKey());
        assertEquals("voting.notOnBallot", refusal(choose(1L, 21L)).messageKey());
        assertEquals("voting.unknownCategory", refusal(choose(9L, 11L)).messageKey());
    }

    private static FieldViolation refusal(Choices choices) {
        return assertThrows(InvalidInputException.class, () -> FORM.check(choices)).violations().get(0);
    }
}
