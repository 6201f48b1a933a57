package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2027-03-01T10:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
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

    @Test
    void aFewMistakesCostNothing() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME - 1; i++) {
            throttle.recordFailure("olena", "10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena", "10.0.0.1"));
    }

    @Test
    void repeatedFailuresMakeTheCallerWaitLongerEachTime() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            throttle.recordFailure("Olena", "10.0.0.1");
        }
        Duration first = throttle.waitBeforeAttempt("olena", "10.0.0.2");
        assertTrue(first.compareTo(Duration.ZERO) > 0, "the username is slowed down from any address");
        throttle.recordFailure("olena", "10.0.0.1");
        throttle.recordFailure("olena", "10.0.0.1");
        assertTrue(throttle.waitBeforeAttempt("olena", "10.0.0.1").compareTo(first) > 0);
        now = now.plus(Duration.ofMinutes(16));
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena", "10.0.0.1"), "the wait ends");
    }

    @Test
    void manyUsernamesFromOneAddressAreSlowedDownToo() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.waitBeforeAttempt("someone-new", "10.0.0.9").compareTo(Duration.ZERO) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("someone-new", "10.0.0.10"));
    }

    @Test
    void successForgetsTheUsernamesFailures() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME - 1; i++) {
            throttle.recordFailure("olena", "10.0.0.1");
        }
        throttle.recordSuccess("olena");
        throttle.recordFailure("olena", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBeforeAttempt("olena", "10.0.0.1"));
    }
}
