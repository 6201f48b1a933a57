package ua.uchast.voting.entity;

import java.util.List;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * A ballot refused, with a stable code for the public API ({@code already-voted}, {@code not-eligible}, …) besides the
 * message a person reads. Nothing was saved.
 */
public class VotingRefusal extends InvalidInputException {

    public static final String ALREADY_VOTED = "already-voted";
    public static final String NOT_ELIGIBLE = "not-eligible";
    public static final String VOTING_CLOSED = "voting-closed";
    public static final String INVALID_CHOICE = "invalid-choice";
    public static final String NONCE_USED = "nonce-used";
    public static final String NONCE_EXPIRED = "nonce-expired";
    public static final String NONCE_OTHER_CYCLE = "nonce-other-cycle";
    public static final String NONCE_UNKNOWN = "nonce-unknown";
    public static final String SIGNATURE_INVALID = "signature-invalid";
    public static final String TOO_LARGE = "too-large";
    public static final String DOCUMENT_CHANGED = "document-changed";

    private final String code;
    private final String reason;

    public VotingRefusal(String code, FieldViolation violation) {
        this(code, List.of(violation));
    }

    public VotingRefusal(String code, List<FieldViolation> violations) {
        this(code, null, violations);
    }

    /** A refusal with a finer reason code, e.g. the signature verifier's ({@code SEAL_CERTIFICATE}). */
    public VotingRefusal(String code, String reason, List<FieldViolation> violations) {
        super(violations);
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    /** The finer reason (null when there is none); what the refusal log records for a signed ballot. */
    public String reason() {
        return reason;
    }
}
