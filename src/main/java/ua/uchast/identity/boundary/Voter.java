package ua.uchast.identity.boundary;

import java.time.LocalDate;

import ua.uchast.identity.entity.Rnokpp;

/**
 * A person about to vote, as other components see them: their key (the keyed hash of the РНОКПП, the same whatever
 * the channel — never the number itself), birth date, gender, and the address an identity provider gave (none for a
 * qualified signature or a paper ballot).
 */
public record Voter(String personKey, LocalDate birthDate, Rnokpp.Gender gender, String address) {
}
