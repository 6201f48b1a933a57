package ua.uchast.results.control;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.VersionSummary;

/**
 * Published versions in the database. A version never changes once stored, so versions read once are kept in memory
 * (the most recently used few hundred): the results and statistics pages ask the database only which version is
 * current — one indexed query — however many voters the cycle had.
 */
@ApplicationScoped
public class JpaResultRepository implements ResultRepository {

    private static final int KEPT = 300;

    private final Map<String, PublishedResult> read = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PublishedResult> eldest) {
            return size() > KEPT;
        }
    });
    private EntityManager entityManager;

    protected JpaResultRepository() {
    }

    @Inject
    public JpaResultRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public PublishedResult add(PublishedResult result) {
        try {
            entityManager.persist(result);
            entityManager.flush();
            return result;
        } catch (PersistenceException taken) {
            throw new NumberTaken(taken);
        }
    }

    @Override
    public Optional<Integer> latestNumber(Long cycleId) {
        Object latest = entityManager.createNativeQuery("SELECT MAX(number) FROM result_version WHERE cycle_id = ?")
                .setParameter(1, cycleId).getSingleResult();
        return Optional.ofNullable(latest).map(number -> ((Number) number).intValue());
    }

    @Override
    public Optional<PublishedResult> version(Long cycleId, int number) {
        String key = cycleId + "/" + number;
        PublishedResult known = read.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<PublishedResult> found = entityManager.createQuery("select r from PublishedResult r where r.cycleId = :cycleId "
                + "and r.number = :number", PublishedResult.class).setParameter("cycleId", cycleId).setParameter("number", number)
                .getResultStream().findFirst();
        found.ifPresent(result -> read.put(key, result));
        return found;
    }

    @Override
    public List<VersionSummary> versions(Long cycleId) {
        return entityManager.createNamedQuery(PublishedResult.VERSIONS, Object[].class).setParameter("cycleId", cycleId)
                .getResultList().stream()
                .map(row -> new VersionSummary(((Number) row[1]).intValue(), dateTime(row[2]), (String) row[3])).toList();
    }

    @Override
    public List<PublishedResult> currentOfHromada(Long hromadaId) {
        List<Object[]> current = entityManager.createNativeQuery("SELECT r.cycle_id, r.number FROM result_version r "
                        + "WHERE r.hromada_id = ? AND r.number = (SELECT MAX(o.number) FROM result_version o "
                        + "WHERE o.cycle_id = r.cycle_id) ORDER BY r.cycle_id").setParameter(1, hromadaId).getResultList();
        return current.stream().map(row -> version(((Number) row[0]).longValue(), ((Number) row[1]).intValue()).orElseThrow())
                .toList();
    }

    private static LocalDateTime dateTime(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
