package ua.uchast.audit.control;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.audit.entity.ChainVerdict;

/**
 * Appends entries to their hromada's hash chain and walks a chain to check it. Writers of one hromada take turns on
 * its head row (an upsert locks it until their transaction ends), so two actions at once still form one chain.
 */
public class AuditChain {

    private static final int BATCH = 500;

    private final EntityManager entityManager;

    public AuditChain(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void append(AuditEntry entry) {
        entityManager.createNativeQuery("INSERT INTO audit_chain_head (hromada_id, last_hash) VALUES (?1, ?2)"
                + " ON DUPLICATE KEY UPDATE hromada_id = hromada_id").setParameter(1, entry.hromadaId())
                .setParameter(2, AuditEntry.GENESIS).executeUpdate();
        String previous = (String) entityManager.createNativeQuery(
                "SELECT last_hash FROM audit_chain_head WHERE hromada_id = ?1 FOR UPDATE")
                .setParameter(1, entry.hromadaId()).getSingleResult();
        entry.sealAfter(previous);
        entityManager.persist(entry);
        entityManager.flush();
        entityManager.createNativeQuery("UPDATE audit_chain_head SET last_hash = ?1, last_entry_id = ?2 WHERE hromada_id = ?3")
                .setParameter(1, entry.entryHash()).setParameter(2, entry.id()).setParameter(3, entry.hromadaId())
                .executeUpdate();
    }

    /** Every entry of the hromada in the order written, each checked against the one before it, then the head. */
    public ChainVerdict verify(Long hromadaId) {
        String previous = AuditEntry.GENESIS;
        long sealed = 0;
        long older = 0;
        long afterId = 0;
        List<AuditEntry> batch;
        do {
            batch = entityManager.createNamedQuery(AuditEntry.CHAIN_OF_HROMADA, AuditEntry.class)
                    .setParameter("hromadaId", hromadaId).setParameter("afterId", afterId).setMaxResults(BATCH)
                    .getResultList();
            for (AuditEntry entry : batch) {
                afterId = entry.id();
                if (!entry.isSealed() && sealed == 0) {
                    older++;
                } else if (entry.followsIntact(previous)) {
                    previous = entry.entryHash();
                    sealed++;
                } else {
                    return ChainVerdict.brokenAt(entry, sealed, older);
                }
            }
        } while (batch.size() == BATCH);
        Optional<String> head = head(hromadaId);
        if (head.map(AuditEntry.GENESIS::equals).orElse(true) ? sealed > 0 : !head.get().equals(previous)) {
            return ChainVerdict.latestMissing(sealed, older);
        }
        return ChainVerdict.intact(sealed, older, previous);
    }

    /** The hash of the hromada's latest entry: writing it down lets anyone check later that nothing before it changed. */
    public Optional<String> head(Long hromadaId) {
        List<?> rows = entityManager.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE hromada_id = ?1")
                .setParameter(1, hromadaId).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }
}
