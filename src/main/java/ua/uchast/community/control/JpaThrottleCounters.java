package ua.uchast.community.control;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The counters in table {@code login_throttle}, each call in a transaction of its own (a count must stand even when
 * the sign-in around it fails). Counting locks the keys' rows first ({@code INSERT ... ON DUPLICATE KEY UPDATE} takes
 * an exclusive lock at once, in a fixed key order so that two attempts cannot deadlock), so simultaneous attempts on
 * any number of instances are decided one after another.
 */
@ApplicationScoped
public class JpaThrottleCounters implements ThrottleCounters {

    private static final String TOUCH = "INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (?1, 0, ?2) "
            + "ON DUPLICATE KEY UPDATE failures = CASE WHEN last_failure_at < ?3 THEN 0 ELSE failures END";
    private static final String READ = "SELECT failures, last_failure_at FROM login_throttle WHERE throttle_key = ?1";
    private static final String COUNT = "UPDATE login_throttle SET failures = failures + 1, last_failure_at = ?2 "
            + "WHERE throttle_key = ?1";

    private EntityManager entityManager;

    protected JpaThrottleCounters() {
    }

    @Inject
    public JpaThrottleCounters(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Count> countIfAdmitted(List<String> keys, Instant now, Instant forgetBefore,
            Predicate<Map<String, Count>> admits) {
        List<String> inLockOrder = keys.stream().sorted().toList();
        for (String key : inLockOrder) {
            entityManager.createNativeQuery(TOUCH).setParameter(1, key).setParameter(2, timestamp(now))
                    .setParameter(3, timestamp(forgetBefore)).executeUpdate();
        }
        Map<String, Count> counts = new LinkedHashMap<>();
        for (String key : keys) {
            counts.put(key, readRow(key).orElse(Count.NONE));
        }
        if (admits.test(counts)) {
            for (String key : inLockOrder) {
                entityManager.createNativeQuery(COUNT).setParameter(1, key).setParameter(2, timestamp(now)).executeUpdate();
            }
        }
        return counts;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Count> read(String key, Instant forgetBefore) {
        return readRow(key).filter(count -> !count.last().isBefore(forgetBefore));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void uncount(String key) {
        entityManager.createNativeQuery("UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE throttle_key = ?1")
                .setParameter(1, key).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget(String key) {
        entityManager.createNativeQuery("DELETE FROM login_throttle WHERE throttle_key = ?1").setParameter(1, key)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgetOlderThan(Instant before) {
        entityManager.createNativeQuery("DELETE FROM login_throttle WHERE last_failure_at < ?1")
                .setParameter(1, timestamp(before)).executeUpdate();
    }

    private Optional<Count> readRow(String key) {
        List<?> rows = entityManager.createNativeQuery(READ).setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Count(((Number) row[0]).intValue(), instantOf(row[1])));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instantOf(Object value) {
        LocalDateTime utc = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}
