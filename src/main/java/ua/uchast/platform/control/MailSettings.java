package ua.uchast.platform.control;

import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

/**
 * How to reach the SMTP server (UCHAST_SMTP_HOST, _PORT, _FROM, optional _USER and _PASSWORD, _STARTTLS) and the
 * public address of the platform for links in messages (UCHAST_PUBLIC_URL). Without a host, mail is only logged.
 */
public record MailSettings(Optional<String> host, int port, String from, Optional<String> user, Optional<String> password,
        boolean startTls, Optional<String> publicUrl) {

    /** A link to a page of the platform, e.g. {@code proposal/project?id=42}, when the public address is configured. */
    public Optional<String> linkTo(String path) {
        return publicUrl.map(url -> (url.endsWith("/") ? url : url + "/") + path);
    }

    public boolean enabled() {
        return host.isPresent();
    }

    public Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        if (user.isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }
}
