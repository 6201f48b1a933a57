package ua.uchast.voting.control;

import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.SignedBallotRefusal;
import ua.uchast.voting.entity.VoterRegistration;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * What refusing a ballot takes: the "already voted" answer (when and how the person voted), the record of why a
 * signed ballot was refused (kept even though the ballot is not), and casting again when two transactions deadlocked.
 */
@ApplicationScoped
public class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());
    private static final int ATTEMPTS = 4;

    private VotingRecords records;
    private Clock clock;

    protected Refusals() {
    }

    @Inject
    public Refusals(VotingRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** "You already voted on DATE through CHANNEL" (for a paper ballot, also who entered it). */
    public static VotingRefusal alreadyVoted(VoterRegistration earlier, String operatorName) {
        String date = String.format("%02d.%02d.%d", earlier.castOn().getDayOfMonth(), earlier.castOn().getMonthValue(),
                earlier.castOn().getYear());
        return earlier.channel() == Channel.PAPER && operatorName != null
                ? new VotingRefusal(VotingRefusal.ALREADY_VOTED, FieldViolation.general("voting.alreadyVotedOnPaper", date, operatorName))
                : new VotingRefusal(VotingRefusal.ALREADY_VOTED,
                        FieldViolation.general("voting.alreadyVoted", date, "channel." + earlier.channel().name()));
    }

    /** Records that a signed ballot of the cycle was refused, and why; in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signedBallotRefused(Long cycleId, String reasonCode) {
        records.add(new SignedBallotRefusal(cycleId, reasonCode, KyivTime.nowUtc(clock)));
    }

    /**
     * Casts; when the person had voted already, refuses saying when and how (read after the refused transaction has
     * ended, so the other ballot that won is seen); {@code operatorName} names who entered an earlier paper ballot.
     */
    public BallotCasting.Receipt castOrRefuse(Supplier<BallotCasting.Receipt> casting, Function<Long, String> operatorName) {
        try {
            return castAgainOnDeadlock(casting);
        } catch (BallotCasting.AlreadyVoted already) {
            Caster caster = already.caster();
            VoterRegistration earlier = records.registrationOf(caster.cycleId(), caster.personKey()).orElseThrow(() -> already);
            throw alreadyVoted(earlier, earlier.operatorId() == null ? null : operatorName.apply(earlier.operatorId()));
        }
    }

    /** Runs the casting again when the database gave up a transaction to break a deadlock; it cannot have been kept. */
    static <T> T castAgainOnDeadlock(Supplier<T> casting) {
        for (int attempt = 1;; attempt++) {
            try {
                return casting.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "Ballot casting deadlocked; casting again", e);
            }
        }
    }

    private static boolean isDeadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }
}
