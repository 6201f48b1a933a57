package ua.uchast.voting.entity;

import java.time.LocalDate;

import ua.uchast.identity.entity.Rnokpp;

/**
 * Who casts a ballot, as the voter register will keep them: the cycle, the person's key, their birth date and gender
 * (for the age band and statistics), the territory they are counted in, and for a paper ballot the operator who entered
 * it and the day the paper was received.
 */
public record Caster(Long cycleId, String personKey, LocalDate birthDate, Rnokpp.Gender gender, Long territoryId,
        Long operatorId, LocalDate paperReceivedOn) {

    public static Caster online(Long cycleId, String personKey, LocalDate birthDate, Rnokpp.Gender gender, Long territoryId) {
        return new Caster(cycleId, personKey, birthDate, gender, territoryId, null, null);
    }

    public static Caster onPaper(Long cycleId, String personKey, LocalDate birthDate, Rnokpp.Gender gender, Long territoryId,
            Long operatorId, LocalDate receivedOn) {
        return new Caster(cycleId, personKey, birthDate, gender, territoryId, operatorId, receivedOn);
    }
}
