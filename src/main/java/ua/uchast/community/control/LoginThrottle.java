package ua.uchast.community.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Slows down password guessing: after a few failures for one username, or many from one address, further attempts
 * are refused for a waiting time that doubles with each failure (up to 15 minutes). Kept in memory per instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before another attempt is looked at; zero when it may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Duration byUser = waitFor(userKey(username), FREE_FAILURES_PER_USERNAME);
        Duration byAddress = waitFor(addressKey(address), FREE_FAILURES_PER_ADDRESS);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(
                    expired(old, now) ? 1 : old.count() + 1, now));
        }
        failures.values().removeIf(entry -> expired(entry, now));
    }

    public void recordSuccess(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, int freeFailures) {
        Failures entry = failures.get(key);
        Instant now = clock.instant();
        if (entry == null || expired(entry, now) || entry.count() < freeFailures) {
            return Duration.ZERO;
        }
        int excess = Math.min(entry.count() - freeFailures, 20);
        Duration penalty = Duration.ofSeconds(1L << excess);
        Duration wait = (penalty.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : penalty).minus(Duration.between(entry.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static boolean expired(Failures entry, Instant now) {
        return entry.last().plus(FORGET_AFTER).isBefore(now);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }
}
