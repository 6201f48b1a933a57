package ua.uchast.audit.boundary;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ua.uchast.audit.control.AuditJson;
import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * Writes every staff action into the append-only log, within the transaction of the action (so a refused action
 * leaves no entry), and shows a hromada's log to its administrators.
 */
@ApplicationScoped
public class AuditTrail {

    static final int PAGE_SIZE = 200;

    private EntityManager entityManager;
    private StaffGuard guard;

    protected AuditTrail() {
    }

    @Inject
    public AuditTrail(EntityManager entityManager, StaffGuard guard) {
        this.entityManager = entityManager;
        this.guard = guard;
    }

    public void record(@Observes StaffActionPerformed action) {
        entityManager.persist(new AuditEntry(action.hromadaId(), action.actorId(), action.actorUsername(), action.action(),
                action.subjectType(), action.subjectId(), AuditJson.write(action.before()), AuditJson.write(action.after()),
                action.occurredAt()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latestOfMyHromada() {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        return entityManager.createNamedQuery(AuditEntry.OF_HROMADA, AuditEntry.class)
                .setParameter("hromadaId", admin.hromadaId()).setMaxResults(PAGE_SIZE).getResultList();
    }
}
