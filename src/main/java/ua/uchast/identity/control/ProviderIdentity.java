package ua.uchast.identity.control;

import java.time.LocalDate;
import java.util.Objects;

import ua.uchast.identity.entity.Rnokpp;

/** What an identity provider told us about a person, already checked; {@link #toString()} masks the tax number. */
public record ProviderIdentity(Rnokpp taxNumber, LocalDate birthDate, String address, String displayName) {

    public ProviderIdentity {
        Objects.requireNonNull(taxNumber, "taxNumber");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(displayName, "displayName");
    }
}
