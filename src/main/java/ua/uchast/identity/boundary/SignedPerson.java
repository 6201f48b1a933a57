package ua.uchast.identity.boundary;

import java.time.LocalDate;

import ua.uchast.identity.entity.Rnokpp;

/**
 * The natural person a qualified signature identifies, without the plain РНОКПП.
 *
 * @param residentKey the keyed hash of the РНОКПП, the same one residents signed in through the identity provider get
 *                    ({@code ResidentKeys#keyOf(Rnokpp).hex()}): one person, one key, whatever the channel
 * @param birthDate   from the РНОКПП
 * @param gender      from the РНОКПП
 * @param displayName the name in the certificate
 */
public record SignedPerson(String residentKey, LocalDate birthDate, Rnokpp.Gender gender, String displayName) {
}
