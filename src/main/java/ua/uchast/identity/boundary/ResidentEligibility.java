package ua.uchast.identity.boundary;

/** The one place that answers "may this resident submit / support / vote in this cycle, and if not, why". */
public interface ResidentEligibility {

    EligibilityVerdict check(Resident resident, Long cycleId, Activity activity);
}
