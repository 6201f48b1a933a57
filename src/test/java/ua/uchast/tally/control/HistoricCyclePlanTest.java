package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.tally.entity.PbElection;

class HistoricCyclePlanTest {

    private static CyclePlan planOf(String dateBegin, String dateEnd) throws Exception {
        PbElection election = PabulibParserTest.parse(PabulibParserTest.VALID.replace("rule;greedy",
                "rule;greedy\ndate_begin;" + dateBegin + "\ndate_end;" + dateEnd));
        return HistoricCyclePlan.of(election, PublishedRule.ofFile(election), "Бюджет", LocalDate.of(2026, 12, 3), Set.of());
    }

    @Test
    void votingDatesComeFromTheFile() throws Exception {
        CyclePlan plan = planOf("01.09.2021", "2021-09-15");
        assertEquals(LocalDate.of(2021, 9, 1), plan.getVotingStart());
        assertEquals(LocalDate.of(2021, 9, 15), plan.getVotingEnd());
    }

    @Test
    void anImpossibleDateIsNotMovedToAnotherDayButTakenAsMissing() throws Exception {
        CyclePlan plan = planOf("31.02.2021", "15.03.2021");
        assertEquals(LocalDate.of(2024, 6, 1), plan.getVotingStart(),
                "no usable dates: June of the year before the latest past budget year (2025)");
    }
}
