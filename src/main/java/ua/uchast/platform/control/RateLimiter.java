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

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts requests per bucket (e.g. one address asking for ballot documents) in fixed windows, in the database, so that
 * every instance of a cluster counts together. One statement adds the hit, one reads the count: simultaneous hits are
 * each counted, none slips through before another has been written. {@code uchast.rate.window-seconds} replaces every
 * caller's window (tests use seconds instead of hours to see a limit recover).
 */
@ApplicationScoped
public class RateLimiter {

    private static final int MAX_BUCKET = 160;

    private EntityManager entityManager;
    private Clock clock;
    private Duration windowOverride;

    protected RateLimiter() {
    }

    public RateLimiter(EntityManager entityManager, Clock clock) {
        this(entityManager, clock, Optional.empty());
    }

    @Inject
    public RateLimiter(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "uchast.rate.window-seconds") Optional<Long> windowSeconds) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.windowOverride = windowSeconds.filter(seconds -> seconds > 0).map(Duration::ofSeconds).orElse(null);
    }

    /**
     * Counts a hit for the bucket; when it goes over {@code limit} hits in the current window of {@code window}, the
     * time until the window ends (for a Retry-After), else empty.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> hit(String bucket, int limit, Duration window) {
        LocalDateTime now = KyivTime.nowUtc(clock);
        Duration length = windowOverride != null ? windowOverride : window;
        LocalDateTime start = windowStart(now, length);
        String key = key(bucket);
        entityManager.createNativeQuery("INSERT INTO rate_counter (bucket, window_start, hits) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE hits = hits + 1").setParameter(1, key).setParameter(2, start).executeUpdate();
        Number hits = (Number) entityManager.createNativeQuery("SELECT hits FROM rate_counter WHERE bucket = ? AND window_start = ?")
                .setParameter(1, key).setParameter(2, start).getSingleResult();
        if (hits.intValue() <= limit) {
            return Optional.empty();
        }
        Duration left = Duration.between(now, start.plus(length));
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left.truncatedTo(ChronoUnit.SECONDS)
                .plusSeconds(1));
    }

    /** Takes back a hit of the current window (what it admitted came to nothing the limit is about, e.g. a refused file). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void takeBack(String bucket, Duration window) {
        LocalDateTime start = windowStart(KyivTime.nowUtc(clock), windowOverride != null ? windowOverride : window);
        entityManager.createNativeQuery("UPDATE rate_counter SET hits = hits - 1 WHERE bucket = ? AND window_start = ? AND hits > 0")
                .setParameter(1, key(bucket)).setParameter(2, start).executeUpdate();
    }

    private static LocalDateTime windowStart(LocalDateTime now, Duration window) {
        long windowSeconds = window.toSeconds();
        long epochSecond = now.toEpochSecond(ZoneOffset.UTC);
        return LocalDateTime.ofEpochSecond(epochSecond - Math.floorMod(epochSecond, windowSeconds), 0, ZoneOffset.UTC);
    }

    private static String key(String bucket) {
        return bucket.length() > MAX_BUCKET ? bucket.substring(0, MAX_BUCKET) : bucket;
    }
}
