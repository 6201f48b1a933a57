package ua.uchast.identity.boundary;

import ua.uchast.identity.control.signature.RejectionReason;

/**
 * Whether a qualified signature over a document identifies a voter, as {@link QualifiedSignatures#check} judged it.
 *
 * @param accepted    the signature verifies over exactly the document, its certificate chains to a trusted CA at the
 *                    moment and names a natural person with a valid РНОКПП
 * @param reasonCode  why not, as a {@link RejectionReason} name (e.g. "SEAL_CERTIFICATE"); null when accepted
 * @param reasonKey   the UI text key of the reason (e.g. "signature.rejection.SEAL_CERTIFICATE"); null when accepted
 * @param unreadable  the input could not be read as a signature at all (empty, over 1 MB, not CMS)
 * @param person      who signed; null unless accepted
 */
public record SignatureCheck(boolean accepted, String reasonCode, String reasonKey, boolean unreadable,
                             SignedPerson person) {

    static SignatureCheck accepted(SignedPerson person) {
        return new SignatureCheck(true, null, null, false, person);
    }

    static SignatureCheck refused(RejectionReason reason) {
        return new SignatureCheck(false, reason.name(), reason.key(), reason.isUnreadableInput(), null);
    }
}
