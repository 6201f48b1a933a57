package ua.uchast.community.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.control.ThrottleCounters.Count;
import ua.uchast.community.entity.Usernames;

/**
 * Slows down password guessing: after a few failures for one username, or many from one address, further attempts
 * are refused for a waiting time that doubles with each failure (up to 15 minutes). An attempt is counted as a failure
 * before its password is even looked at (and taken back if it turns out right), so that simultaneous attempts cannot
 * all slip through before the first has failed. The counts live in the database, shared by every instance.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int LONGEST_PLAIN_KEY = 120;
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    /** Whether an attempt may be checked now ({@code wait} zero) and the username's failures with it counted. */
    public record Admission(Duration retryAfter, int usernameFailures) {

        public boolean admitted() {
            return retryAfter.isZero();
        }

        /** This attempt, if it fails, is the one after which the username must wait. */
        public boolean locksOutIfFailed() {
            return admitted() && usernameFailures == FREE_FAILURES_PER_USERNAME;
        }
    }

    private ThrottleCounters counters;
    private Clock clock;

    protected LoginThrottle() {
    }

    @Inject
    public LoginThrottle(ThrottleCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** Counts the attempt as failed, unless the caller must wait first (then nothing is counted). */
    public Admission admit(String username, String address) {
        Instant now = clock.instant();
        String user = userKey(username);
        String from = addressKey(address);
        Map<String, Count> before = counters.countIfAdmitted(List.of(user, from), now, now.minus(FORGET_AFTER),
                counts -> longer(waitFor(counts.get(user), FREE_FAILURES_PER_USERNAME, now),
                        waitFor(counts.get(from), FREE_FAILURES_PER_ADDRESS, now)).isZero());
        Duration wait = longer(waitFor(before.get(user), FREE_FAILURES_PER_USERNAME, now),
                waitFor(before.get(from), FREE_FAILURES_PER_ADDRESS, now));
        return new Admission(wait, before.get(user).failures() + (wait.isZero() ? 1 : 0));
    }

    /** The attempt was right: the username's failures are forgotten and the address's count for it taken back. */
    public void succeeded(String username, String address) {
        counters.forget(userKey(username));
        counters.uncount(addressKey(address));
        try {
            counters.forgetOlderThan(clock.instant().minus(FORGET_AFTER));
        } catch (RuntimeException housekeepingOnly) {
            // Old counts are only tidied up; a lock conflict with a simultaneous attempt leaves them for next time.
            LOG.log(Level.FINE, "Old sign-in counts not tidied up this time", housekeepingOnly);
        }
    }

    /** The attempt could not be checked (the server was busy): it does not count against anyone. */
    public void notChecked(String username, String address) {
        counters.uncount(userKey(username));
        counters.uncount(addressKey(address));
    }

    /** How long the caller must still wait before another attempt is looked at; zero when it may try now. */
    public Duration waitBeforeAttempt(String username, String address) {
        Instant now = clock.instant();
        return longer(waitFor(read(userKey(username), now), FREE_FAILURES_PER_USERNAME, now),
                waitFor(read(addressKey(address), now), FREE_FAILURES_PER_ADDRESS, now));
    }

    /** How long the username must still wait, whatever the address. */
    public Duration lockedFor(String username) {
        Instant now = clock.instant();
        return waitFor(read(userKey(username), now), FREE_FAILURES_PER_USERNAME, now);
    }

    /** An administrator lets the member try again at once. */
    public void unlock(String username) {
        counters.forget(userKey(username));
    }

    private Count read(String key, Instant now) {
        return counters.read(key, now.minus(FORGET_AFTER)).orElse(Count.NONE);
    }

    private static Duration waitFor(Count count, int freeFailures, Instant now) {
        if (count.failures() < freeFailures) {
            return Duration.ZERO;
        }
        int excess = Math.min(count.failures() - freeFailures, 20);
        Duration penalty = Duration.ofSeconds(1L << excess);
        Duration wait = (penalty.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : penalty).minus(Duration.between(count.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    /** A username counts as stored, so a name in capitals shares the count; anything else as typed, lower-cased. */
    private static String userKey(String username) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "user:" + bounded(Usernames.normalized(username).orElse(typed));
    }

    private static String addressKey(String address) {
        return "addr:" + bounded(address == null ? "" : address);
    }

    /** Keys fit the column: a long made-up name is counted by its hash. */
    private static String bounded(String text) {
        if (text.length() <= LONGEST_PLAIN_KEY) {
            return text;
        }
        return "sha256:" + Sha256.hex(text);
    }
}
