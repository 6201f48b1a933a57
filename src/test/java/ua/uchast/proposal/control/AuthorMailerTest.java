package ua.uchast.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import ua.uchast.proposal.boundary.ProjectDecided;
import ua.uchast.proposal.entity.ProjectEvent;

/** The author's e-mail goes through a real SMTP server on loopback (GreenMail), in Ukrainian and English. */
class AuthorMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static AuthorMailer mailer(Optional<String> host) {
        return new AuthorMailer(new MailSettings(host, SMTP.getSmtp().getPort(), "uchast@test.localhost", Optional.empty(),
                Optional.empty(), false, Optional.of("https://uchast.example/")));
    }

    @Test
    void theAuthorIsToldWhatToChange() throws Exception {
        mailer(Optional.of("127.0.0.1")).onDecision(new ProjectDecided(42L, "Лавки в парку", "Олег", "author@example.org",
                ProjectEvent.REVISION_REQUESTED, "Додайте фото місця"));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("author@example.org", received[0].getAllRecipients()[0].toString());
        assertTrue(received[0].getSubject().contains("Лавки в парку"));
        String text = (String) received[0].getContent();
        assertTrue(text.contains("Додайте фото місця"), text);
        assertTrue(text.contains("доопрацювати"), text);
        assertTrue(text.contains("asks you to revise"), text);
        assertTrue(text.contains("https://uchast.example/proposal/project?id=42"), text);
    }

    @Test
    void withoutAServerOrAnAddressNothingIsSent() {
        mailer(Optional.empty()).onDecision(new ProjectDecided(1L, "T", "A", "a@example.org", ProjectEvent.ACCEPTED, null));
        mailer(Optional.of("127.0.0.1")).onDecision(new ProjectDecided(1L, "T", "A", null, ProjectEvent.ACCEPTED, null));
        assertEquals(0, SMTP.getReceivedMessages().length);
    }
}
