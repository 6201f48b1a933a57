package ua.uchast.identity.boundary;

import java.util.Optional;

/** The resident making this request, if one is signed in. */
@FunctionalInterface
public interface CurrentResident {

    Optional<Resident> get();
}
