package ua.uchast.voting.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.Violations;
import ua.uchast.voting.control.VotingRecords;

/**
 * What the hromada's administrator may know about signed ballots: why signed ballots were refused (counts per reason,
 * nothing personal), and — for a dispute only — the signed ballots themselves, which name both signer and choice: they
 * leave the database only through this export, and every export is audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SignedBallotRecords {

    private StaffGuard guard;
    private CycleCatalog cycles;
    private VotingRecords records;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected SignedBallotRecords() {
    }

    @Inject
    public SignedBallotRecords(StaffGuard guard, CycleCatalog cycles, VotingRecords records, Event<StaffActionPerformed> staffActions,
            Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.records = records;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    public Map<String, Long> refusalsByReason(Long cycleId) {
        guard.requireWithin(cycle(cycleId).hromadaId(), StaffRole.ADMINISTRATOR);
        return records.refusalsByReason(cycleId);
    }

    /** Writes every signed ballot of the cycle (signature and document, as received) as a zip; audited. */
    @Transactional
    public void exportEvidence(Long cycleId, String reason, OutputStream out) {
        BudgetCycle cycle = cycle(cycleId);
        StaffMember admin = guard.requireWithin(cycle.hromadaId(), StaffRole.ADMINISTRATOR);
        new Violations().requireText("reason", reason, 500).throwIfAny();
        staffActions.fire(admin.performed("ballot.evidenceExported", "BudgetCycle", cycleId, null, Map.of("reason", reason.strip()),
                KyivTime.nowUtc(clock)));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            records.eachEvidence(cycleId, evidence -> {
                try {
                    zip.putNextEntry(new ZipEntry("signed-ballot-" + evidence.id() + ".p7s"));
                    zip.write(evidence.signature());
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry("signed-ballot-" + evidence.id() + ".json"));
                    zip.write(evidence.document());
                    zip.closeEntry();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BudgetCycle cycle(Long cycleId) {
        return cycles.byId(cycleId).orElseThrow(NotFoundException::new);
    }
}
