package ua.uchast.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Counts requests per bucket (e.g. one address asking for ballot documents) in fixed windows, in the database, so that
 * every instance of a cluster counts together. One statement adds the hit, one reads the count.
 */
@ApplicationScoped
public class RateLimiter {

    private EntityManager entityManager;
    private Clock clock;

    protected RateLimiter() {
    }

    @Inject
    public RateLimiter(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Counts a hit for the bucket; when it goes over {@code limit} hits in the current window of {@code window}, the
     * time until the window ends (for a Retry-After), else empty.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> hit(String bucket, int limit, Duration window) {
        LocalDateTime now = KyivTime.nowUtc(clock);
        long windowSeconds = window.toSeconds();
        long epochSecond = now.toEpochSecond(ZoneOffset.UTC);
        LocalDateTime start = LocalDateTime.ofEpochSecond(epochSecond - Math.floorMod(epochSecond, windowSeconds), 0,
                ZoneOffset.UTC);
        String key = bucket.length() > 160 ? bucket.substring(0, 160) : bucket;
        entityManager.createNativeQuery("INSERT INTO rate_counter (bucket, window_start, hits) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE hits = hits + 1").setParameter(1, key).setParameter(2, start).executeUpdate();
        Number hits = (Number) entityManager.createNativeQuery("SELECT hits FROM rate_counter WHERE bucket = ? AND window_start = ?")
                .setParameter(1, key).setParameter(2, start).getSingleResult();
        if (hits.intValue() <= limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, start.plus(window));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left.truncatedTo(ChronoUnit.SECONDS)
                .plusSeconds(1));
    }
}
