package ua.uchast.identity.control.signature;

import java.time.Instant;

/**
 * The outcome of checking one CMS/CAdES signature as a voter's identity.
 *
 * @param signatureValid    the signature verifies over the supplied data (messageDigest and signature value)
 * @param chainValid        the signer's certificate chains to a trusted CA, valid and unrevoked at {@code checkedAt}
 * @param reason            the first reason it is not acceptable as a voter's identity; null when it is
 * @param signer            the signer's certificate's identity; null when no certificate could be found
 * @param signingTime       the signer's own claimed signingTime attribute, if any (never used to judge)
 * @param timeStampTime     genTime of the signature time-stamp (CAdES-T) when its imprint matches, if any
 * @param timeStampTrusted  the time-stamp token's signature verifies and its TSA certificate chains to a trusted CA
 *                          at its genTime; only then does its time decide the moment to judge at
 * @param checkedAt         the moment certificates were judged at
 * @param revocationChecked every certificate on the path had a current CRL from its issuer (nextUpdate not before
 *                          {@code checkedAt}); false means revocation could not be checked
 * @param algorithm         human-readable signature algorithm, null when the input was unreadable
 */
public record SignatureVerdict(boolean signatureValid, boolean chainValid, RejectionReason reason, SignerIdentity signer,
                               Instant signingTime, Instant timeStampTime, boolean timeStampTrusted, Instant checkedAt,
                               boolean revocationChecked, String algorithm) {

    static SignatureVerdict unreadable(RejectionReason reason) {
        return new SignatureVerdict(false, false, reason, null, null, null, false, null, false, null);
    }

    /** Acceptable as a voter's identity: valid signature, trusted chain, a natural person's signing certificate. */
    public boolean voterIdentity() {
        return reason == null;
    }
}
