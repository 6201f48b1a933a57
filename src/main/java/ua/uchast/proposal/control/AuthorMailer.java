package ua.uchast.proposal.control;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.platform.control.UiText;
import ua.uchast.proposal.boundary.ProjectDecided;

/**
 * Tells the author of a project about each decision by e-mail, in Ukrainian and English, after the decision has been
 * committed. A mail server that is down never undoes a decision: the failure is logged, and the author still sees
 * the decision in the app.
 */
@ApplicationScoped
public class AuthorMailer {

    private static final Logger LOG = Logger.getLogger(AuthorMailer.class.getName());
    private static final Locale UKRAINIAN = UiText.UKRAINIAN;

    private MailSettings settings;

    protected AuthorMailer() {
    }

    @Inject
    public AuthorMailer(@ConfigProperty(name = "uchast.smtp.host") Optional<String> host,
            @ConfigProperty(name = "uchast.smtp.port", defaultValue = "25") int port,
            @ConfigProperty(name = "uchast.smtp.from", defaultValue = "noreply@uchast.localhost") String from,
            @ConfigProperty(name = "uchast.smtp.user") Optional<String> user,
            @ConfigProperty(name = "uchast.smtp.password") Optional<String> password,
            @ConfigProperty(name = "uchast.smtp.starttls", defaultValue = "false") boolean startTls,
            @ConfigProperty(name = "uchast.public-url") Optional<String> publicUrl) {
        this(new MailSettings(host.filter(value -> !value.isBlank()), port, from, user.filter(value -> !value.isBlank()), password,
                startTls, publicUrl.filter(value -> !value.isBlank())));
    }

    public AuthorMailer(MailSettings settings) {
        this.settings = settings;
    }

    public void onDecision(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectDecided decision) {
        if (decision.authorEmail() == null) {
            LOG.info(() -> "Project " + decision.projectId() + ": no contact e-mail, the author sees the decision in the app only");
            return;
        }
        String subject = UiText.format(UKRAINIAN, "mail.subject", decision.title()) + " / "
                + UiText.format(Locale.ENGLISH, "mail.subject", decision.title());
        String body = bodyIn(UKRAINIAN, decision) + "\n\n----\n\n" + bodyIn(Locale.ENGLISH, decision);
        if (!settings.enabled()) {
            LOG.info(() -> "Mail not configured (UCHAST_SMTP_HOST); would send to the author of project " + decision.projectId()
                    + ": " + subject);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(settings.session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(decision.authorEmail(), true));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not e-mail the author of project " + decision.projectId(), e);
        }
    }

    String bodyIn(Locale locale, ProjectDecided decision) {
        StringBuilder body = new StringBuilder(UiText.format(locale, "mail.greeting", decision.authorName())).append("\n\n")
                .append(UiText.format(locale, "mail.event." + decision.event().name(), decision.title()));
        if (decision.reason() != null) {
            body.append("\n\n").append(UiText.format(locale, "mail.reason")).append("\n").append(decision.reason());
        }
        settings.publicUrl().ifPresent(url -> body.append("\n\n").append(UiText.format(locale, "mail.link"))
                .append(" ").append(url.endsWith("/") ? url : url + "/").append("proposal/project?id=").append(decision.projectId()));
        return body.toString();
    }
}
