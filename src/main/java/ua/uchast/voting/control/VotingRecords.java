package ua.uchast.voting.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import ua.uchast.voting.entity.BallotEntry;
import ua.uchast.voting.entity.BallotNonce;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.SignatureEvidence;
import ua.uchast.voting.entity.SignedBallotRefusal;
import ua.uchast.voting.entity.VoterRegistration;

/** Where the voter register, the ballot box and what belongs to them are kept. */
public interface VotingRecords {

    /** Thrown when the person is already in the cycle's register: the database's unique key decided. */
    final class AlreadyRegistered extends RuntimeException {
        public AlreadyRegistered(Throwable cause) {
            super("already in the voter register", cause);
        }
    }

    /**
     * Adds the person to the register; {@link AlreadyRegistered} when they are there already. The transaction cannot go
     * on after that: EclipseLink would try the insert again with the next statement.
     */
    void register(VoterRegistration registration);

    /** The person's line in the register, read past the snapshot (so a ballot committed a moment ago is seen). */
    Optional<VoterRegistration> registrationOf(Long cycleId, String personKey);

    void add(CastBallot ballot);

    Optional<CastBallot> ballotByReceipt(String receiptHash);

    long ballotCount(Long cycleId);

    /** Every ballot of the cycle in ballot-id order, handed over one at a time. */
    void eachBallot(Long cycleId, Consumer<CastBallot> consumer);

    void add(BallotNonce nonce);

    Optional<BallotNonce> nonce(String nonce);

    /** Marks the nonce used, if it is unused and unexpired at {@code now}; false otherwise. One statement decides. */
    boolean useNonce(String nonce, LocalDateTime now);

    SignatureEvidence add(SignatureEvidence evidence);

    void add(SignedBallotRefusal refusal);

    /** How many signed ballots of the cycle were refused, per reason code, most frequent first. */
    Map<String, Long> refusalsByReason(Long cycleId);

    /** Every signed ballot kept as evidence for the cycle, handed over one at a time. */
    void eachEvidence(Long cycleId, Consumer<SignatureEvidence> consumer);

    List<BallotEntry> ballotEntries(Long cycleId);

    /** Numbers the ballot; entries already numbered (by another instance, a moment ago) are kept as they are. */
    void number(List<BallotEntry> entries);
}
