package ua.uchast.voting.control;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import ua.uchast.voting.entity.BallotEntry;
import ua.uchast.voting.entity.BallotNonce;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.SignatureEvidence;
import ua.uchast.voting.entity.SignedBallotRefusal;
import ua.uchast.voting.entity.VoterRegistration;

@ApplicationScoped
public class JpaVotingRecords implements VotingRecords {

    private static final int PAGE = 2_000;

    private EntityManager entityManager;

    protected JpaVotingRecords() {
    }

    @Inject
    public JpaVotingRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void register(VoterRegistration registration) {
        try {
            entityManager.persist(registration);
            entityManager.flush();
        } catch (PersistenceException duplicate) {
            throw new AlreadyRegistered(duplicate);
        }
    }

    @Override
    public Optional<VoterRegistration> registrationOf(Long cycleId, String personKey) {
        List<?> ids = entityManager.createNativeQuery("SELECT id FROM voter_register WHERE cycle_id = ? AND person_key = ? "
                + "LOCK IN SHARE MODE").setParameter(1, cycleId).setParameter(2, personKey).getResultList();
        return ids.stream().findFirst().map(id -> entityManager.find(VoterRegistration.class, ((Number) id).longValue()));
    }

    @Override
    public void add(CastBallot ballot) {
        entityManager.persist(ballot);
        entityManager.flush();
    }

    @Override
    public Optional<CastBallot> ballotByReceipt(String receiptHash) {
        return entityManager.createQuery("select b from CastBallot b where b.receiptHash = :hash", CastBallot.class)
                .setParameter("hash", receiptHash).getResultStream().findFirst();
    }

    @Override
    public long ballotCount(Long cycleId) {
        return entityManager.createQuery("select count(b) from CastBallot b where b.cycleId = :cycleId", Long.class)
                .setParameter("cycleId", cycleId).getSingleResult();
    }

    @Override
    public void eachBallot(Long cycleId, Consumer<CastBallot> consumer) {
        String after = "";
        while (true) {
            List<CastBallot> page = entityManager.createQuery("select b from CastBallot b where b.cycleId = :cycleId "
                            + "and b.ballotId > :after order by b.ballotId", CastBallot.class)
                    .setParameter("cycleId", cycleId).setParameter("after", after).setMaxResults(PAGE).getResultList();
            page.forEach(consumer);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).ballotId();
            entityManager.clear();
        }
    }

    @Override
    public void add(BallotNonce nonce) {
        entityManager.persist(nonce);
    }

    @Override
    public Optional<BallotNonce> nonce(String nonce) {
        return Optional.ofNullable(nonce).map(key -> entityManager.find(BallotNonce.class, key));
    }

    @Override
    public boolean useNonce(String nonce, LocalDateTime now) {
        return entityManager.createNativeQuery("UPDATE ballot_nonce SET used_at = ? WHERE nonce = ? AND used_at IS NULL "
                + "AND expires_at > ?").setParameter(1, now).setParameter(2, nonce).setParameter(3, now).executeUpdate() == 1;
    }

    @Override
    public SignatureEvidence add(SignatureEvidence evidence) {
        entityManager.persist(evidence);
        entityManager.flush();
        return evidence;
    }

    @Override
    public void add(SignedBallotRefusal refusal) {
        entityManager.persist(refusal);
    }

    @Override
    public Map<String, Long> refusalsByReason(Long cycleId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        entityManager.createNativeQuery("SELECT reason_code, COUNT(*) FROM signed_ballot_refusal WHERE cycle_id = ? "
                        + "GROUP BY reason_code ORDER BY COUNT(*) DESC, reason_code").setParameter(1, cycleId).getResultList()
                .forEach(row -> counts.put((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue()));
        return counts;
    }

    @Override
    public void eachEvidence(Long cycleId, Consumer<SignatureEvidence> consumer) {
        Long after = 0L;
        while (true) {
            List<SignatureEvidence> page = entityManager.createQuery("select e from SignatureEvidence e where e.cycleId = :cycleId "
                            + "and e.id > :after order by e.id", SignatureEvidence.class)
                    .setParameter("cycleId", cycleId).setParameter("after", after).setMaxResults(PAGE / 10).getResultList();
            page.forEach(consumer);
            if (page.size() < PAGE / 10) {
                return;
            }
            after = page.get(page.size() - 1).id();
            entityManager.clear();
        }
    }

    @Override
    public List<BallotEntry> ballotEntries(Long cycleId) {
        return entityManager.createQuery("select e from BallotEntry e where e.cycleId = :cycleId order by e.categoryId, e.number",
                BallotEntry.class).setParameter("cycleId", cycleId).getResultList();
    }

    @Override
    public void number(List<BallotEntry> entries) {
        for (BallotEntry entry : entries) {
            entityManager.createNativeQuery("INSERT IGNORE INTO ballot_entry (project_id, cycle_id, category_id, number) "
                            + "VALUES (?, ?, ?, ?)").setParameter(1, entry.projectId()).setParameter(2, entry.cycleId())
                    .setParameter(3, entry.categoryId()).setParameter(4, entry.number()).executeUpdate();
        }
    }
}
