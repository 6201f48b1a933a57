package ua.uchast.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** A letter the mail server refuses is tried again later, with growing pauses, and finally given up. */
class OutgoingMailTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 5, 1, 10, 0);

    @Test
    void failuresWaitLongerEachTimeAndEndAfterTheLastAttempt() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "S", "B", NOW);
        mail.failed("connection refused", NOW);
        assertEquals(NOW.plusMinutes(1), mail.nextAttemptAt());
        mail.failed("connection refused", NOW);
        assertEquals(NOW.plusMinutes(2), mail.nextAttemptAt());
        for (int attempt = 3; attempt < OutgoingMail.MAX_ATTEMPTS; attempt++) {
            mail.failed("connection refused", NOW);
            assertFalse(mail.hasFailed());
        }
        mail.failed("connection refused", NOW);
        assertTrue(mail.hasFailed());
        assertFalse(mail.isSent());
    }

    @Test
    void aSentLetterIsDone() {
        OutgoingMail mail = new OutgoingMail("a@example.org", "S", "B", NOW);
        mail.sent(NOW);
        assertTrue(mail.isSent());
        assertEquals(1, mail.attempts());
    }
}
