package ua.uchast.proposal.control;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.platform.control.MailOutbox;
import ua.uchast.platform.control.MailSettings;
import ua.uchast.platform.control.UiText;
import ua.uchast.proposal.boundary.ProjectDecided;

/**
 * Tells the author of a project about each decision by e-mail, in Ukrainian and English. The letter goes into the
 * outbox in the decision's own transaction: sent once it commits (off the request thread, retried if the mail server
 * is down), never if it rolls back.
 */
@ApplicationScoped
public class AuthorMailer {

    private static final Logger LOG = Logger.getLogger(AuthorMailer.class.getName());

    private MailSettings settings;
    private MailOutbox outbox;

    protected AuthorMailer() {
    }

    @Inject
    public AuthorMailer(MailSettings settings, MailOutbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
    }

    public void onDecision(@Observes ProjectDecided decision) {
        letterAbout(decision).ifPresentOrElse(letter -> outbox.enqueue(letter.recipient(), letter.subject(), letter.body()),
                () -> LOG.info(() -> "Project " + decision.projectId() + ": no contact e-mail, the author sees the decision in the app only"));
    }

    /** What the author is told; nothing when they left no e-mail address. */
    Optional<Letter> letterAbout(ProjectDecided decision) {
        if (decision.authorEmail() == null) {
            return Optional.empty();
        }
        String subject = UiText.format(UiText.UKRAINIAN, "mail.subject", decision.title()) + " / "
                + UiText.format(Locale.ENGLISH, "mail.subject", decision.title());
        String body = bodyIn(UiText.UKRAINIAN, decision) + "\n\n----\n\n" + bodyIn(Locale.ENGLISH, decision);
        return Optional.of(new Letter(decision.authorEmail(), subject, body));
    }

    record Letter(String recipient, String subject, String body) {
    }

    private String bodyIn(Locale locale, ProjectDecided decision) {
        StringBuilder body = new StringBuilder(UiText.format(locale, "mail.greeting", decision.authorName())).append("\n\n")
                .append(UiText.format(locale, "mail.event." + decision.event().name(), decision.title()));
        if (decision.reason() != null) {
            body.append("\n\n").append(UiText.format(locale, "mail.reason")).append("\n").append(decision.reason());
        }
        settings.linkTo("proposal/project?id=" + decision.projectId())
                .ifPresent(link -> body.append("\n\n").append(UiText.format(locale, "mail.link")).append(" ").append(link));
        return body.toString();
    }
}
