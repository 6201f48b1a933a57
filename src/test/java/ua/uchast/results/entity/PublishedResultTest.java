package ua.uchast.results.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.uchast.tally.entity.Outcome;

class PublishedResultTest {

    private static final LocalDateTime AT = LocalDateTime.of(2027, 7, 1, 7, 0);

    static PublishedResult version(int number, String reason, long... votes) {
        List<ProjectLine> lines = new java.util.ArrayList<>();
        long left = 500_000;
        for (int i = 0; i < votes.length; i++) {
            boolean won = i < 2;
            left -= won ? 200_000 : 0;
            lines.add(new ProjectLine(String.valueOf(100 + i), 100L + i, "Проєкт " + i, null, null, null, votes[i], votes[i], 200_000,
                    won ? Outcome.WON : Outcome.DID_NOT_FIT, i + 1, left));
        }
        CategoryResult category = new CategoryResult(7L, 0, "Малі проєкти", 500_000, 400_000, 90, true, null, lines, List.of());
        return new PublishedResult(1L, 2L, new PublishedResult.Publication(number, AT, 3L, "Олена Коваль", reason),
                new PublishedResult.Counting("greedy", "LOWER_COST_THEN_EARLIER", null, null, false, "UAH", 0),
                new PublishedResult.Turnout("ab".repeat(32), 90, 90, 60, 20, 10, 1000), List.of(category), List.of(), number);
    }

    @Test
    void aCorrectionNeedsItsReasonTheFirstVersionDoesNot() {
        assertEquals(null, version(1, "  ", 50, 40, 30).reason());
        assertRefused(() -> version(2, null, 50, 40, 30), "reason", "results.reasonRequired");
        assertRefused(() -> version(2, " ", 50, 40, 30), "reason", "results.reasonRequired");
        assertRefused(() -> version(2, "x".repeat(PublishedResult.MAX_REASON + 1), 50, 40, 30), "reason", "validation.tooLong");
        assertEquals("Рішення суду", version(2, " Рішення суду ", 50, 40, 30).reason());
    }

    @Test
    void turnoutIsTheShareOfThePopulationThatVoted() {
        assertEquals(0.09, version(1, null, 1).turnout().orElseThrow(), 1e-9);
    }

    @Test
    void theDifferenceListsOnlyProjectsWhoseVotesOrResultChanged() {
        VersionDifference difference = VersionDifference.between(version(1, null, 50, 40, 30), version(2, "Пізні бюлетені", 50, 41, 30));
        assertEquals(1, difference.changes().size());
        VersionDifference.Change change = difference.changes().get(0);
        assertEquals("Проєкт 1", change.title());
        assertEquals(40, change.votesBefore());
        assertEquals(41, change.votesAfter());
        assertTrue(!change.statusChanged());
        assertTrue(VersionDifference.between(version(1, null, 5), version(2, "Без змін", 5)).isEmpty());
    }

    @Test
    void winnersComeFirstAndTheRunningTotalAddsTheirCosts() {
        CategoryResult category = version(1, null, 50, 40, 30).categories().get(0);
        assertEquals(List.of("Проєкт 0", "Проєкт 1", "Проєкт 2"), category.winnersFirst().stream().map(ProjectLine::title).toList());
        assertEquals(400_000, category.spentUpTo(category.winners().get(1)));
    }
}
