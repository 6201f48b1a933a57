package ua.uchast.voting.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Age bands count the age on the day of casting. */
class AgeBandTest {

    @Test
    void bandsFollowTheBirthday() {
        LocalDate day = LocalDate.of(2027, 5, 1);
        assertEquals(AgeBand.FROM_14_TO_17, AgeBand.of(day.minusYears(17), day));
        assertEquals(AgeBand.FROM_18_TO_24, AgeBand.of(day.minusYears(18), day));
        assertEquals(AgeBand.FROM_14_TO_17, AgeBand.of(day.minusYears(18).plusDays(1), day), "18 tomorrow");
        assertEquals(AgeBand.FROM_50_TO_64, AgeBand.of(day.minusYears(64), day));
        assertEquals(AgeBand.FROM_65, AgeBand.of(day.minusYears(90), day));
    }
}
