package ua.uchast.results.control;

import java.time.LocalDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffMember;
import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * A staff member's refused attempt to publish a cycle's results, written to the cycle's hromada's audit log in a
 * transaction of its own: the attempt's own transaction rolls back, and the attempt is worth recording all the same.
 */
@ApplicationScoped
public class RefusedPublishing {

    private Event<StaffActionPerformed> staffActions;

    protected RefusedPublishing() {
    }

    @Inject
    public RefusedPublishing(Event<StaffActionPerformed> staffActions) {
        this.staffActions = staffActions;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(StaffMember member, Long hromadaId, Long cycleId, String why, LocalDateTime at) {
        staffActions.fire(member.performedIn(hromadaId, "results.publishRefused", "BudgetCycle", cycleId, null,
                Map.of("refused", why), at));
    }
}
