package ua.uchast.audit.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import ua.uchast.audit.control.AuditChain;
import ua.uchast.audit.control.AuditJson;
import ua.uchast.audit.control.AuditPage;
import ua.uchast.audit.control.AuditQuery;
import ua.uchast.audit.control.AuditSearch;
import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.audit.entity.ChainVerdict;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.boundary.StaffActionPerformed;

/**
 * Writes every staff action into the append-only log, within the transaction of the action (so a refused action
 * leaves no entry), sealed into the hromada's hash chain; shows a hromada's log to its administrators, filtered and
 * paged, and checks its chain.
 */
@ApplicationScoped
public class AuditTrail {

    static final int LATEST = 50;

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
        new AuditChain(entityManager).append(new AuditEntry(action.hromadaId(), action.actorId(), action.actorUsername(),
                action.action(), action.subjectType(), action.subjectId(), AuditJson.write(action.before()),
                AuditJson.write(action.after()), action.occurredAt()));
    }

    /** The newest entries of the administrator's hromada, unfiltered. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> latestOfMyHromada() {
        return searchMyHromada(new AuditQuery(null, null, null, null, 0, LATEST)).entries();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditPage searchMyHromada(AuditQuery query) {
        return new AuditSearch(entityManager).page(myHromada(), query);
    }

    /** The usernames that appear in the log, for the "who" filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actorsOfMyHromada() {
        return new AuditSearch(entityManager).actors(myHromada());
    }

    /** The kinds of action that appear in the log, for the "what" filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> actionsOfMyHromada() {
        return new AuditSearch(entityManager).actions(myHromada());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChainVerdict verifyChainOfMyHromada() {
        return new AuditChain(entityManager).verify(myHromada());
    }

    /** The hash the hromada's chain ends in now, to be written down or published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> chainHeadOfMyHromada() {
        return new AuditChain(entityManager).head(myHromada());
    }

    private Long myHromada() {
        return guard.require(StaffRole.ADMINISTRATOR).hromadaId();
    }
}
