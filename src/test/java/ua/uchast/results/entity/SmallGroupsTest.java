package ua.uchast.results.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    private static List<String> shown(Measure measure, long... counts) {
        List<StatisticRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add(new StatisticRow(measure, "g" + i, null, counts[i]));
        }
        return SmallGroups.shown(measure, rows).stream().map(SmallGroups.Shown::text).toList();
    }

    @Test
    void groupsOfOneToFourPeopleShowAsLessThanFiveAndEmptyOrLargerGroupsAsTheyAre() {
        assertEquals(List.of("0", "<5", "<5", "5", "120"), shown(Measure.VOTERS_BY_AGE_BAND, 0, 1, 4, 5, 120));
    }

    @Test
    void aSingleHiddenGroupHidesTheNextSmallestTooSoTheTotalCannotGiveItAway() {
        assertEquals(List.of("<5", "hidden", "300"), shown(Measure.VOTERS_BY_GENDER, 3, 40, 300));
        assertEquals(List.of("<5", "0", "hidden", "17"), shown(Measure.VOTERS_BY_TERRITORY, 2, 0, 9, 17),
                "an empty group is not the smallest");
        assertEquals(List.of("<5", "<5", "50"), shown(Measure.AUTHORS_BY_AGE_BAND, 1, 2, 50), "two small groups hide each other");
    }

    @Test
    void aHiddenGroupCarriesNoCountAtAll() {
        SmallGroups.Shown hidden = SmallGroups.shown(Measure.VOTERS_BY_DAY, List.of(new StatisticRow(Measure.VOTERS_BY_DAY,
                "2027-06-01", null, 3), new StatisticRow(Measure.VOTERS_BY_DAY, "2027-06-02", null, 30))).get(0);
        assertEquals("<5", hidden.text());
        assertTrue(hidden.small());
        assertEquals(0, hidden.amount());
        assertEquals(null, hidden.drawn());
    }

    @Test
    void countsOfProjectsAndOfChannelsAreNotAboutIdentifiablePeopleAndShowExactly() {
        assertEquals(List.of("1", "3", "40"), shown(Measure.PROJECTS_BY_STATUS, 1, 3, 40));
        assertEquals(List.of("300", "2", "1"), shown(Measure.VOTERS_BY_CHANNEL, 300, 2, 1),
                "the public ballot file names each ballot's channel anyway");
    }
}
