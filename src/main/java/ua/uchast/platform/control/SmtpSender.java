package ua.uchast.platform.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Sends one plain-text UTF-8 e-mail through the configured SMTP server. */
public final class SmtpSender {

    private final MailSettings settings;

    public SmtpSender(MailSettings settings) {
        this.settings = settings;
    }

    public void send(String recipient, String subject, String body) throws MessagingException {
        MimeMessage message = new MimeMessage(settings.session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        Transport.send(message);
    }
}
