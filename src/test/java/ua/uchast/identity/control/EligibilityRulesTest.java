package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ua.uchast.identity.boundary.Activity;
import ua.uchast.identity.boundary.EligibilityVerdict;

class EligibilityRulesTest {

    private static final LocalDate VOTING_DAY = LocalDate.of(2027, 5, 10);

    @Test
    void aResidentOfAgeMayDoEverything() {
        for (Activity activity : Activity.values()) {
            assertEquals(EligibilityVerdict.granted(),
                    EligibilityRules.decide(activity, true, LocalDate.of(1990, 5, 17), 16, VOTING_DAY));
        }
    }

    @Test
    void theMinimumAgeCountsOnTheVotingDayForVotingOnly() {
        LocalDate fifteenAndAHalf = VOTING_DAY.minusYears(15).minusMonths(6);
        assertEquals(EligibilityVerdict.refused(EligibilityRules.TOO_YOUNG),
                EligibilityRules.decide(Activity.VOTE, true, fifteenAndAHalf, 16, VOTING_DAY));
        assertEquals(EligibilityVerdict.granted(), EligibilityRules.decide(Activity.VOTE, true, fifteenAndAHalf, 14, VOTING_DAY));
        assertEquals(EligibilityVerdict.granted(), EligibilityRules.decide(Activity.SUBMIT, true, fifteenAndAHalf, 16, VOTING_DAY));
        assertEquals(EligibilityVerdict.granted(), EligibilityRules.decide(Activity.SUPPORT, true, fifteenAndAHalf, 16, VOTING_DAY));
    }

    @Test
    void theBirthdayItselfIsOldEnough() {
        assertEquals(EligibilityVerdict.granted(),
                EligibilityRules.decide(Activity.VOTE, true, VOTING_DAY.minusYears(18), 18, VOTING_DAY));
        assertEquals(EligibilityVerdict.refused(EligibilityRules.TOO_YOUNG),
                EligibilityRules.decide(Activity.VOTE, true, VOTING_DAY.minusYears(18).plusDays(1), 18, VOTING_DAY));
    }

    @Test
    void aNonResidentMayDoNothing() {
        for (Activity activity : Activity.values()) {
            assertEquals(EligibilityVerdict.refused(EligibilityRules.NOT_RESIDENT),
                    EligibilityRules.decide(activity, false, LocalDate.of(1990, 5, 17), 14, VOTING_DAY));
        }
    }
}
