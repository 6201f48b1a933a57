package ua.uchast.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import ua.uchast.devenv.PortFinder;

/** E-mail goes through a real SMTP server on loopback (GreenMail), in UTF-8. */
class SmtpSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    private static MailSettings settings(int port) {
        return new MailSettings(Optional.of("127.0.0.1"), port, "uchast@test.localhost", Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    @Test
    void aLetterArrivesAsWritten() throws Exception {
        new SmtpSender(settings(SMTP.getSmtp().getPort())).send("author@example.org", "Проєкт «Лавки»", "Доброго дня!");
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("author@example.org", received[0].getAllRecipients()[0].toString());
        assertEquals("Проєкт «Лавки»", received[0].getSubject());
        assertEquals("Доброго дня!", ((String) received[0].getContent()).strip());
    }

    @Test
    void aServerThatIsDownIsAnErrorTheOutboxRetries() {
        assertThrows(MessagingException.class,
                () -> new SmtpSender(settings(PortFinder.freePort())).send("author@example.org", "S", "B"));
    }
}
