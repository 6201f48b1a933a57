package ua.uchast.identity.control;

import java.time.LocalDate;
import java.util.Objects;

import ua.uchast.identity.entity.Rnokpp;

/**
 * What an identity provider told us about a person, already checked; {@link #toString()} masks the tax number.
 * {@code katottg} is the KATOTTG code of where they live, when the provider gives one (a valid code or null).
 */
public record ProviderIdentity(Rnokpp taxNumber, LocalDate birthDate, String address, String katottg, String displayName) {

    public ProviderIdentity {
        Objects.requireNonNull(taxNumber, "taxNumber");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(displayName, "displayName");
    }
}
