package ua.uchast.voting.control;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.ReceiptCode;
import ua.uchast.voting.entity.SignatureEvidence;
import ua.uchast.voting.entity.VoterRegistration;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * Writes one ballot, in one transaction of its own: the nonce of a signed ballot is used up, the voter goes into the
 * register (its unique key refuses a second ballot of the same person, whichever channel, whichever instance), the
 * ballot into the box with its receipt's hash. Either all of it is kept or none.
 */
@ApplicationScoped
public class BallotCasting {

    /** What the voter is given: the receipt code (shown once) and when the ballot was cast. */
    public record Receipt(ReceiptCode code, LocalDateTime castAt) {
    }

    /** The person is in the cycle's register already; nothing of this ballot was kept. */
    public static final class AlreadyVoted extends RuntimeException {

        private final transient Caster caster;

        AlreadyVoted(Caster caster, Throwable cause) {
            super("already voted", cause);
            this.caster = caster;
        }

        public Caster caster() {
            return caster;
        }
    }

    private VotingRecords records;
    private ReceiptKeys receipts;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected BallotCasting() {
    }

    @Inject
    public BallotCasting(VotingRecords records, ReceiptKeys receipts, Event<StaffActionPerformed> staffActions, Clock clock) {
        this.records = records;
        this.receipts = receipts;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    /**
     * @param nonce    the signed ballot document's nonce, or null
     * @param evidence the signed ballot as received, or null
     * @throws AlreadyVoted when the person has voted in this cycle before (through any channel)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Receipt cast(Caster caster, Channel channel, Choices choices, String nonce, SignatureEvidence evidence) {
        return castNow(caster, channel, choices, nonce, evidence);
    }

    /** A paper ballot an operator entered; the entry is audited in the same transaction (without the voter or the choice). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Receipt castOnPaper(Caster caster, Choices choices, StaffActionPerformed entered) {
        Receipt receipt = castNow(caster, Channel.PAPER, choices, null, null);
        staffActions.fire(entered);
        return receipt;
    }

    private Receipt castNow(Caster caster, Channel channel, Choices choices, String nonce, SignatureEvidence evidence) {
        LocalDateTime now = KyivTime.nowUtc(clock);
        if (nonce != null && !records.useNonce(nonce, now)) {
            throw new VotingRefusal(VotingRefusal.NONCE_USED, FieldViolation.general("voting.nonceUsed"));
        }
        Long evidenceId = evidence == null ? null : records.add(evidence).id();
        try {
            records.register(new VoterRegistration(caster, channel, now, KyivTime.today(clock), evidenceId));
        } catch (VotingRecords.AlreadyRegistered duplicate) {
            throw new AlreadyVoted(caster, duplicate);
        }
        ReceiptCode code = ReceiptCode.random();
        records.add(new CastBallot(caster.cycleId(), channel, choices, receipts.hashOf(code)));
        return new Receipt(code, now);
    }
}
