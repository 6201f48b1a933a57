package ua.uchast.community.control;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.entity.StaffAccount;
import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * What staff do about their own accounts, written to the audit log (by the account itself, in its hromada's log; a
 * platform operator's account belongs to no hromada's log, so its entries go to the server log), and the use of a
 * one-time code. Sign-in runs outside a transaction and a refusal must still be recorded: those records take a
 * transaction of their own ({@link #recordApart}).
 */
@ApplicationScoped
public class SignInRecords {

    private static final Logger LOG = Logger.getLogger(SignInRecords.class.getName());

    private StaffRepository staff;
    private Event<StaffActionPerformed> staffActions;

    protected SignInRecords() {
    }

    @Inject
    public SignInRecords(StaffRepository staff, Event<StaffActionPerformed> staffActions) {
        this.staff = staff;
        this.staffActions = staffActions;
    }

    /** Recorded whatever becomes of the caller's transaction (a refused attempt is worth recording too). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordApart(StaffAccount account, String action, Map<String, Object> details, LocalDateTime at) {
        record(account, action, details, at);
    }

    /** Recorded with the caller's change, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(StaffAccount account, String action, Map<String, Object> details, LocalDateTime at) {
        if (account.hromadaId() == null) {
            LOG.info(() -> action + " " + account.username() + " " + details);
            return;
        }
        staffActions.fire(new StaffActionPerformed(account.hromadaId(), account.id(), account.username(), action,
                "StaffAccount", account.id(), null, details, at));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean useCodeStep(Long accountId, long step) {
        return staff.markCodeStep(accountId, step);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean useRecoveryCode(Long accountId, String codeHash, LocalDateTime at) {
        return staff.useRecoveryCode(accountId, codeHash, at);
    }
}
