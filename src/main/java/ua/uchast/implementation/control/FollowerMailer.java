package ua.uchast.implementation.control;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.implementation.boundary.ProgressNoticed;
import ua.uchast.implementation.entity.Follower;
import ua.uchast.implementation.entity.ImplementationEvent;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.control.MailOutbox;
import ua.uchast.platform.control.MailSettings;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * Tells a winner's followers of each status change and new report, in Ukrainian and English, each letter with its own
 * one-click unsubscribe link. The author follows from the project's contact address unless they unsubscribed. Letters
 * go into the outbox in the change's own transaction: sent once it commits, never if it rolls back. Without the
 * platform's public address (UCHAST_PUBLIC_URL) no letter could carry its unsubscribe link, so none is written.
 */
@ApplicationScoped
public class FollowerMailer {

    private static final Logger LOG = Logger.getLogger(FollowerMailer.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private MailSettings settings;
    private MailOutbox outbox;
    private FollowerRepository followers;
    private UnsubscribeTokens tokens;
    private Clock clock;

    protected FollowerMailer() {
    }

    @Inject
    public FollowerMailer(MailSettings settings, MailOutbox outbox, FollowerRepository followers, UnsubscribeTokens tokens,
            Clock clock) {
        this.settings = settings;
        this.outbox = outbox;
        this.followers = followers;
        this.tokens = tokens;
        this.clock = clock;
    }

    public void onNews(@Observes ProgressNoticed news) {
        authorFollows(news);
        if (settings.publicUrl().isEmpty()) {
            LOG.warning(() -> "UCHAST_PUBLIC_URL is not set: the followers of project " + news.projectId()
                    + " are not told (a letter needs its unsubscribe link)");
            return;
        }
        followers.ofProject(news.projectId()).stream().filter(Follower::isActive)
                .forEach(follower -> outbox.enqueue(follower.email(), subject(news), body(follower, news)));
    }

    /** The author follows from the project's contact address, unless that address already follows or left. */
    private void authorFollows(ProgressNoticed news) {
        if (news.authorEmail() == null) {
            return;
        }
        try {
            String email = Follower.normalized(news.authorEmail());
            if (followers.byEmail(news.projectId(), email).isEmpty()) {
                followers.add(Follower.author(news.projectId(), news.authorId(), email, KyivTime.nowUtc(clock)));
            }
        } catch (InvalidInputException unusable) {
            LOG.info(() -> "Project " + news.projectId() + ": the author's contact address cannot receive news");
        }
    }

    String subject(ProgressNoticed news) {
        return subjectIn(UiText.UKRAINIAN, news) + " / " + subjectIn(Locale.ENGLISH, news);
    }

    String body(Follower follower, ProgressNoticed news) {
        return bodyIn(UiText.UKRAINIAN, follower, news) + "\n\n----\n\n" + bodyIn(Locale.ENGLISH, follower, news);
    }

    private static String subjectIn(Locale locale, ProgressNoticed news) {
        ImplementationEvent event = news.event();
        return UiText.format(locale, "implementation.mail.subject." + event.kind().name(), news.title(),
                UiText.format(locale, "implementation.status." + event.to().name()));
    }

    private String bodyIn(Locale locale, Follower follower, ProgressNoticed news) {
        ImplementationEvent event = news.event();
        StringBuilder body = new StringBuilder(UiText.format(locale, "implementation.mail.greeting")).append("\n\n");
        if (event.kind() == ImplementationEvent.Kind.REPORT_POSTED) {
            body.append(UiText.format(locale, "implementation.mail.report", news.title(), DATE.format(event.report().reportedOn())))
                    .append("\n\n").append(event.report().text());
        } else {
            body.append(UiText.format(locale, "implementation.mail.status", news.title(),
                    UiText.format(locale, "implementation.status." + event.from().name()),
                    UiText.format(locale, "implementation.status." + event.to().name())));
            Optional.ofNullable(event.note()).ifPresent(note -> body.append("\n\n")
                    .append(UiText.format(locale, "implementation.mail.reason")).append("\n").append(note));
        }
        settings.linkTo("proposal/project?id=" + news.projectId()).ifPresent(link -> body.append("\n\n")
                .append(UiText.format(locale, "implementation.mail.link")).append(" ").append(link));
        body.append("\n\n").append(UiText.format(locale, follower.isAuthor() ? "implementation.mail.whyAuthor" : "implementation.mail.why"));
        settings.linkTo(unsubscribePath(follower)).ifPresent(link -> body.append("\n")
                .append(UiText.format(locale, "implementation.mail.unsubscribe")).append(" ").append(link));
        return body.toString();
    }

    /** The page a follower's one-click unsubscribe link opens. */
    String unsubscribePath(Follower follower) {
        return "implementation/unsubscribe?f=" + follower.id() + "&t=" + tokens.tokenFor(follower.id());
    }
}
