package ua.uchast.identity.boundary;

import java.time.LocalDate;

/** The one place that answers "may this resident submit / support / vote in this cycle, and if not, why". */
public interface ResidentEligibility {

    EligibilityVerdict check(Resident resident, Long cycleId, Activity activity);

    /**
     * May this person cast a ballot in the cycle on {@code castOn} (the day of casting by the server's clock)? Age from
     * their birth date; residence by the cycle's policy, with what the ballot itself says ({@code residence}).
     */
    VoterVerdict checkVoter(Voter voter, Long cycleId, Residence residence, LocalDate castOn);
}
