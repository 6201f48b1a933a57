package ua.uchast.identity.boundary;

import java.time.LocalDate;

import ua.uchast.identity.entity.Rnokpp;

/**
 * A person about to vote, as other components see them: their key (the keyed hash of the РНОКПП, the same whatever
 * the channel — never the number itself), birth date, gender, and the address and its KATOTTG code an identity
 * provider gave (none for a qualified signature or a paper ballot).
 */
public record Voter(String personKey, LocalDate birthDate, Rnokpp.Gender gender, String address, String katottg) {

    /** Someone with an address but no KATOTTG code for it (or, null, without an address: a signature, a paper ballot). */
    public Voter(String personKey, LocalDate birthDate, Rnokpp.Gender gender, String address) {
        this(personKey, birthDate, gender, address, null);
    }
}
