package ua.uchast.identity.control.signature;

/**
 * Why a signature is not acceptable as a voter's identity. The key ({@link #key()}) is meant for a resource bundle;
 * {@link #text()} is the default English wording.
 */
public enum RejectionReason {

    EMPTY_INPUT("the signature file is empty", true),
    INPUT_TOO_LARGE("the signature file is larger than 1 MB", true),
    MALFORMED_INPUT("the file is not a readable CMS/CAdES signature (malformed or truncated)", true),
    NO_SIGNER("the signature contains no signer", false),
    MULTIPLE_SIGNERS("the signature has more than one signer", false),
    NO_SIGNED_DATA("no signed data supplied", false),
    CONTENT_MISMATCH("the signature was made over other content than the data supplied", false),
    SIGNATURE_INVALID("the signature value does not verify", false),
    UNSUPPORTED_ALGORITHM("the signature algorithm is not supported", false),
    SIGNER_CERTIFICATE_MISSING("the signer's certificate is neither in the signature nor in the trusted folder", false),
    SELF_SIGNED("the signer's certificate is self-signed and not trusted", false),
    UNTRUSTED_CHAIN("the signer's certificate does not chain to a trusted certification authority", false),
    CERTIFICATE_EXPIRED("the signer's certificate had expired at the moment of checking", false),
    CERTIFICATE_NOT_YET_VALID("the signer's certificate was not yet valid at the moment of checking", false),
    CA_CERTIFICATE_NOT_VALID("a certification authority's certificate in the chain was not valid at the moment of checking", false),
    CERTIFICATE_REVOKED("the certificate has been revoked", false),
    REVOCATION_UNKNOWN("whether the certificate has been revoked could not be checked (no current revocation list from its certification authority)", false),
    NOT_A_SIGNING_CERTIFICATE("the certificate's key usage does not allow signing (for example an encryption-only certificate)", false),
    SEAL_CERTIFICATE("the certificate is an organisation's seal, not a natural person's signature", false),
    NO_TAX_NUMBER("the certificate carries no natural person's tax number (RNOKPP)", false),
    INVALID_TAX_NUMBER("the tax number (RNOKPP) in the certificate has a wrong check digit", false),
    NO_TRUSTED_CA("no trusted certification authority is configured, so no signature can be accepted", false);

    private final String text;
    private final boolean unreadableInput;

    RejectionReason(String text, boolean unreadableInput) {
        this.text = text;
        this.unreadableInput = unreadableInput;
    }

    /** Resource-bundle key, e.g. {@code signature.rejection.CONTENT_MISMATCH}. */
    public String key() {
        return "signature.rejection." + name();
    }

    public String text() {
        return text;
    }

    /** True when the input could not be read as a signature at all (as opposed to a readable one that fails). */
    public boolean isUnreadableInput() {
        return unreadableInput;
    }
}
