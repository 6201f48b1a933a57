package ua.uchast.implementation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.implementation.boundary.ImplementationRefused;
import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * Writes a refused staff action to the audit log once the refused transaction has rolled back, in a transaction of
 * its own: within the refused one it would be rolled back too, and beside it, it would wait for the hromada's audit
 * chain that the refused transaction may hold.
 */
@ApplicationScoped
public class RefusalAudit {

    @Inject
    Event<StaffActionPerformed> staffActions;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onRefused(@Observes(during = TransactionPhase.AFTER_FAILURE) ImplementationRefused refused) {
        staffActions.fire(refused.entry());
    }
}
