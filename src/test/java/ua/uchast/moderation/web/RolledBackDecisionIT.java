package ua.uchast.moderation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/**
 * A commission's decision that fails at its last write, in the running platform with its real transactions: the project,
 * the audit log and the author's mailbox all stay as if nothing had been decided. The database itself refuses the
 * review's row (a trigger the test adds), after the status change, the audit entry and the letter were written.
 */
class RolledBackDecisionIT {

    private static final String TRIGGER = "test_refuses_a_review";

    @Test
    void aDecisionThatFailsToBeSavedChangesNothingAndMailsNoOne() throws Exception {
        long projectId = PlatformDatabase.count("SELECT MAX(p.id) FROM project p JOIN hromada h ON h.id = p.hromada_id "
                + "WHERE h.slug = ? AND p.status = 'SUBMITTED' AND p.contact_email IS NOT NULL", CommunityDemo.VYSHNEVA);
        GreenMail mail = TestServices.mailServer();
        WebClient commission = new WebClient(TestServices.platformUrl());
        commission.signIn(CommunityDemo.COMMISSION_MEMBER, CommunityDemo.PASSWORD);
        Page review = commission.submit(commission.get("moderation/review?id=" + projectId), "startForm", "startReview", Map.of());
        assertTrue(review.contains("reviewForm"), review.body());
        String comment = "Додайте схему розташування (" + UUID.randomUUID() + ")";
        Map<String, String> decision = Map.of("reviewForm:decision", "REQUEST_REVISION", "reviewForm:commentToAuthor", comment);

        PlatformDatabase.execute("CREATE TRIGGER " + TRIGGER + " BEFORE INSERT ON project_review FOR EACH ROW BEGIN "
                + "IF NEW.project_id = " + projectId + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; "
                + "END IF; END");
        Page failed;
        try {
            failed = commission.submit(review, "reviewForm", "decide", decision);
        } finally {
            PlatformDatabase.execute("DROP TRIGGER " + TRIGGER);
        }
        assertEquals(500, failed.status(), failed.body());
        assertEquals(1, PlatformDatabase.count("SELECT COUNT(*) FROM project WHERE id = ? AND status = 'UNDER_REVIEW'", projectId),
                "the project is still under review");
        assertEquals(0, PlatformDatabase.count("SELECT COUNT(*) FROM project_review WHERE project_id = ?", projectId));
        assertEquals(0, PlatformDatabase.count("SELECT COUNT(*) FROM audit_entry WHERE subject_id = ? "
                + "AND action = 'project.reviewed.REQUEST_REVISION'", projectId), "no decision in the audit log");
        assertEquals(0, PlatformDatabase.count("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE ?", "%" + comment + "%"));
        Thread.sleep(3_000);
        assertEquals(0, lettersSaying(mail, comment), "no letter about a decision that was not made");

        Page decided = commission.submit(commission.get("moderation/review?id=" + projectId), "reviewForm", "decide", decision);
        assertEquals(200, decided.status(), decided.body());
        assertEquals(1, PlatformDatabase.count("SELECT COUNT(*) FROM project WHERE id = ? AND status = 'NEEDS_REVISION'",
                projectId), "made again, the decision holds");
        long deadline = System.currentTimeMillis() + 30_000;
        while (lettersSaying(mail, comment) == 0 && System.currentTimeMillis() < deadline) {
            mail.waitForIncomingEmail(1_000, mail.getReceivedMessages().length + 1);
        }
        assertEquals(1, lettersSaying(mail, comment), "and its letter goes out once");
    }

    private static long lettersSaying(GreenMail mail, String text) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> body(message).contains(text)).count();
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
