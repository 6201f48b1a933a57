package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/**
 * The throttle's rules. An attempt is counted as failed when it is admitted ({@link LoginThrottle#admit}) and taken back
 * when it turns out right ({@link LoginThrottle#succeeded}); so a failed attempt is an admission alone.
 */
class LoginThrottleTest {

    private Instant now = Instant.parse("2027-03-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new MemoryThrottleCounters(), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private void failedAttempt(String username, String address) {
        assertTrue(throttle.admit(username, address).admitted(), "the attempt was looked at");
    }

    @Test
    void aFewMistakesCostNothing() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME - 1; i++) {
            failedAttempt("olena", "10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena", "10.0.0.1"));
    }

    @Test
    void repeatedFailuresMakeTheCallerWaitLongerEachTime() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            failedAttempt("Olena", "10.0.0.1");
        }
        Duration first = throttle.waitBeforeAttempt("olena", "10.0.0.2");
        assertTrue(first.compareTo(Duration.ZERO) > 0, "the username is slowed down from any address");
        assertFalse(throttle.admit("olena", "10.0.0.1").admitted(), "an attempt during the wait is not even looked at");
        now = now.plus(first);
        failedAttempt("olena", "10.0.0.1");
        assertTrue(throttle.waitBeforeAttempt("olena", "10.0.0.1").compareTo(first) > 0);
        now = now.plus(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena", "10.0.0.1"), "the wait ends");
    }

    @Test
    void manyUsernamesFromOneAddressAreSlowedDownToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            failedAttempt("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.waitBeforeAttempt("someone-new", "10.0.0.9").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("someone-new", "10.0.0.10"));
    }

    @Test
    void successForgetsTheUsernamesFailures() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME - 1; i++) {
            failedAttempt("olena", "10.0.0.1");
        }
        failedAttempt("olena", "10.0.0.1");
        throttle.succeeded("olena", "10.0.0.1");
        failedAttempt("olena", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena", "10.0.0.1"));
    }

    @Test
    void rightAttemptsFromOneAddressNeverAddUpToAWait() {
        for (int i = 0; i < 3 * LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            failedAttempt("member" + i, "10.0.0.20");
            throttle.succeeded("member" + i, "10.0.0.20");
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("anyone", "10.0.0.20"), "an office behind one address");
    }

    @Test
    void theFifthFailureIsTheOneThatLocksOut() {
        for (int i = 1; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            assertFalse(throttle.admit("olena", "10.0.0.1").locksOutIfFailed(), "failure " + i);
        }
        assertTrue(throttle.admit("olena", "10.0.0.1").locksOutIfFailed());
    }

    @Test
    void aLookAlikeOrCapitalisedNameIsCountedAsTheNameItIs() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            failedAttempt("olena.admin", "10.0.0.1");
        }
        assertTrue(throttle.lockedFor(" OLENA.Admin ").compareTo(Duration.ZERO) > 0, "capitals and spaces: the same name");
        assertEquals(Duration.ZERO, throttle.lockedFor("olená.admin"), "a look-alike is another name, which reaches no account");
        throttle.unlock("olena.admin");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena.admin", "10.0.0.2"), "an administrator unlocked it");
    }
}
