package ua.uchast.voting.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.voting.control.BallotFileStore;
import ua.uchast.voting.control.ReceiptKeys;
import ua.uchast.voting.control.VotingRecords;
import ua.uchast.voting.entity.ReceiptCode;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * The public ballot file of a cycle, once its voting has closed, and receipt checks. The file and its head are what
 * anyone recounts and checks from; a receipt shows one ballot in the box and, once the file exists, its line.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BallotFiles {

    /** The head of a cycle's ballot file: the last line's hash (the genesis value for a file without ballots). */
    public record Head(Long cycleId, long ballots, String hash) {
    }

    private CycleCatalog cycles;
    private BallotFileStore store;
    private VotingRecords records;
    private ReceiptKeys receiptKeys;
    private Clock clock;

    protected BallotFiles() {
    }

    @Inject
    public BallotFiles(CycleCatalog cycles, BallotFileStore store, VotingRecords records, ReceiptKeys receiptKeys, Clock clock) {
        this.cycles = cycles;
        this.store = store;
        this.records = records;
        this.receiptKeys = receiptKeys;
        this.clock = clock;
    }

    /** The file's head once voting has closed; empty before. */
    public Optional<Head> head(Long cycleId) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        if (!votingClosed(cycle)) {
            return Optional.empty();
        }
        BallotFileStore.Built built = store.current(cycleId, KyivTime.nowUtc(clock));
        return Optional.of(new Head(cycleId, built.ballotCount(), built.head()));
    }

    /** Writes the file, one JSON line per ballot; refused while voting runs. */
    public void write(Long cycleId, OutputStream out) {
        Head head = head(cycleId).orElseThrow(() -> new VotingRefusal(VotingRefusal.VOTING_CLOSED,
                FieldViolation.general("voting.fileAfterVoting")));
        String written = store.eachLine(cycleId, line -> {
            try {
                out.write((line.text() + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!written.equals(head.hash())) {
            throw new IllegalStateException("The ballot box changed while its file was written");
        }
    }

    /** The ballot behind a receipt code, if there is one. */
    public Optional<ReceiptView> receipt(String typedCode) {
        return ReceiptCode.typed(typedCode).flatMap(code -> records.ballotByReceipt(receiptKeys.hashOf(code))).map(ballot -> {
            Optional<BallotFileStore.Place> place = head(ballot.cycleId()).flatMap(head -> store.placeOf(ballot.ballotId()));
            return new ReceiptView(ballot.cycleId(), ballot.ballotId(), ballot.choices(), ballot.channel(),
                    place.map(BallotFileStore.Place::lineNo).orElse(null), place.map(BallotFileStore.Place::hash).orElse(null));
        });
    }

    private boolean votingClosed(BudgetCycle cycle) {
        return cycles.phaseOf(cycle).compareTo(Phase.VOTING) > 0;
    }
}
