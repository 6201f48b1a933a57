package ua.uchast.voting.boundary;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.identity.boundary.QualifiedSignatures;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.identity.boundary.SignatureCheck;
import ua.uchast.identity.boundary.Voter;
import ua.uchast.identity.boundary.VoterVerdict;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.voting.control.BallotCasting;
import ua.uchast.voting.control.BallotCasting.Receipt;
import ua.uchast.voting.control.Refusals;
import ua.uchast.voting.control.VotingRecords;
import ua.uchast.voting.entity.BallotDocument;
import ua.uchast.voting.entity.BallotNonce;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.SignatureEvidence;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * Ballots cast with a qualified e-signature: the voter signs the ballot document the platform issued (attached or
 * detached CAdES) and uploads the signature. It is accepted only over exactly the issued bytes, with the nonce unused,
 * unexpired and of this cycle, and a natural person's certificate valid at the moment of casting (the server's clock,
 * not the signer's signingTime); that person must be eligible. The signed ballot is kept as evidence; every refusal is
 * recorded with its reason (nothing personal).
 */
@ApplicationScoped
public class SignedBallots {

    public static final int MAX_SIGNATURE_BYTES = 1024 * 1024;

    private QualifiedSignatures signatures;
    private VotingBooth booth;
    private VotingRecords records;
    private BallotCasting casting;
    private Refusals refusals;
    private Clock clock;

    protected SignedBallots() {
    }

    @Inject
    public SignedBallots(QualifiedSignatures signatures, VotingBooth booth, VotingRecords records, BallotCasting casting,
            Refusals refusals, Clock clock) {
        this.signatures = signatures;
        this.booth = booth;
        this.records = records;
        this.casting = casting;
        this.refusals = refusals;
        this.clock = clock;
    }

    /**
     * Casts a signed ballot in the cycle.
     *
     * @param signature the signature as uploaded (DER, PEM or base64)
     * @param document  the signed document for a detached signature; null for an attached one
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Receipt cast(Long cycleId, byte[] signature, byte[] document) {
        try {
            return castChecked(cycleId, signature, document);
        } catch (VotingRefusal refused) {
            refusals.signedBallotRefused(cycleId, refused.reason() != null ? refused.reason() : refused.code());
            throw refused;
        }
    }

    private Receipt castChecked(Long cycleId, byte[] signature, byte[] detached) {
        if (signature == null || signature.length > MAX_SIGNATURE_BYTES) {
            throw refusal(VotingRefusal.TOO_LARGE, "voting.signature.tooLarge");
        }
        byte[] signed = detached != null ? detached : signatures.signedContent(signature).orElse(null);
        if (signed == null) {
            throw refusal(VotingRefusal.SIGNATURE_INVALID, "voting.signature.noDocument");
        }
        BallotNonce issued = BallotDocument.nonceIn(signed).flatMap(records::nonce)
                .orElseThrow(() -> refusal(VotingRefusal.NONCE_UNKNOWN, "voting.signature.unknownDocument"));
        LocalDateTime now = KyivTime.nowUtc(clock);
        if (!issued.cycleId().equals(cycleId)) {
            throw refusal(VotingRefusal.NONCE_OTHER_CYCLE, "voting.signature.otherCycle");
        }
        if (!MessageDigest.isEqual(issued.document(), signed)) {
            throw refusal(VotingRefusal.DOCUMENT_CHANGED, "voting.signature.documentChanged");
        }
        if (issued.isUsed()) {
            throw refusal(VotingRefusal.NONCE_USED, "voting.nonceUsed");
        }
        if (issued.hasExpiredAt(now)) {
            throw refusal(VotingRefusal.NONCE_EXPIRED, "voting.signature.expired");
        }
        BallotDocument document = BallotDocument.read(issued.document());
        VotingBooth.checkChoice(booth.openBallot(cycleId).form(), document.choices());
        SignatureCheck check = signatures.check(signature, issued.document(), now.toInstant(ZoneOffset.UTC));
        if (!check.accepted()) {
            throw new VotingRefusal(VotingRefusal.SIGNATURE_INVALID, check.reasonCode(),
                    List.of(FieldViolation.general(check.reasonKey())));
        }
        Voter voter = new Voter(check.person().residentKey(), check.person().birthDate(), check.person().gender(), null);
        Residence residence = document.declaration().map(declared -> new Residence(true, declared.settlementId(), false))
                .orElse(Residence.none());
        VoterVerdict verdict = booth.eligible(voter, cycleId, residence);
        Caster caster = Caster.online(cycleId, voter.personKey(), voter.birthDate(), voter.gender(), verdict.territoryId());
        SignatureEvidence evidence = new SignatureEvidence(cycleId, signature, issued.document(), now);
        return refusals.castOrRefuse(() -> casting.cast(caster, Channel.SIGNATURE, document.choices(), issued.nonce(), evidence),
                operator -> null);
    }

    private static VotingRefusal refusal(String code, String messageKey) {
        return new VotingRefusal(code, FieldViolation.general(messageKey));
    }

    /** Whether the hromada can take signed ballots at all (a trusted certification authority is configured). */
    public boolean enabled() {
        return signatures.enabled();
    }
}
