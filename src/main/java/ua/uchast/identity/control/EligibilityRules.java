package ua.uchast.identity.control;

import java.time.LocalDate;
import java.time.Period;

import ua.uchast.identity.boundary.Activity;
import ua.uchast.identity.boundary.EligibilityVerdict;

/**
 * The decision itself, from facts gathered elsewhere: residency (by the cycle's policy) counts for everything, the
 * minimum age only for voting, reached on the day of voting at the latest (so someone who comes of age during the
 * voting window may vote from their birthday on).
 */
public final class EligibilityRules {

    public static final String NOT_RESIDENT = "eligibility.notResident";
    public static final String TOO_YOUNG = "eligibility.tooYoung";

    private EligibilityRules() {
    }

    public static EligibilityVerdict decide(Activity activity, boolean resident, LocalDate birthDate, int minVoterAge,
            LocalDate votingDay) {
        if (!resident) {
            return EligibilityVerdict.refused(NOT_RESIDENT);
        }
        if (activity == Activity.VOTE && Period.between(birthDate, votingDay).getYears() < minVoterAge) {
            return EligibilityVerdict.refused(TOO_YOUNG);
        }
        return EligibilityVerdict.granted();
    }
}
