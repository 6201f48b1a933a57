package ua.uchast.identity.control.signature;

import java.util.Optional;

import ua.uchast.identity.entity.Rnokpp;

/**
 * Who a certificate names: display name, the tax number as written in the certificate (may fail the check digit),
 * the organisation's EDRPOU, and whether it is a seal. {@link #toString()} masks the tax number.
 */
public record SignerIdentity(String name, String taxNumber, String edrpou, boolean seal) {

    /** The tax number as a valid {@link Rnokpp}, empty if absent or failing the check digit. */
    public Optional<Rnokpp> rnokpp() {
        return Rnokpp.isValid(taxNumber) ? Optional.of(Rnokpp.of(taxNumber)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "SignerIdentity[name=" + name + ", taxNumber=" + (taxNumber == null ? null : Rnokpp.mask(taxNumber))
                + ", edrpou=" + edrpou + ", seal=" + seal + "]";
    }
}
