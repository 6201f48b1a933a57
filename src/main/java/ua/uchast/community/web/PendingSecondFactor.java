package ua.uchast.community.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A password that was right a moment ago, kept in the session while the member types the second factor's code. */
record PendingSecondFactor(Long accountId, Instant since) implements Serializable {

    static final String SESSION_ATTRIBUTE = "uchast.staff.pendingSecondFactor";
    private static final Duration VALID_FOR = Duration.ofMinutes(5);

    boolean isFresh(Instant now) {
        return since.plus(VALID_FOR).isAfter(now);
    }
}
