package ua.uchast.platform.control;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import ua.uchast.platform.entity.OutgoingMail;

/**
 * Sends the outbox off the request thread: right after a transaction that queued mail commits, and every
 * {@value #SWEEP_SECONDS} seconds for retries. Without an SMTP server configured, messages are logged instead.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int SWEEP_SECONDS = 30;
    static final int BATCH = 20;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxStore outbox;

    @Inject
    MailSettings settings;

    void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        executor.scheduleWithFixedDelay(this::dispatchDue, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(this::dispatchDue);
    }

    void dispatchDue() {
        try {
            for (List<OutgoingMail> batch = outbox.claimDue(BATCH); !batch.isEmpty(); batch = outbox.claimDue(BATCH)) {
                batch.forEach(this::send);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail outbox could not be read; will try again", e);
        }
    }

    private void send(OutgoingMail mail) {
        if (!settings.enabled()) {
            LOG.info(() -> "Mail not configured (UCHAST_SMTP_HOST); would send \"" + mail.subject() + "\"");
            outbox.sent(mail.id());
            return;
        }
        try {
            new SmtpSender(settings).send(mail.recipient(), mail.subject(), mail.body());
            outbox.sent(mail.id());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send e-mail " + mail.id() + " (attempt " + (mail.attempts() + 1) + ")", e);
            outbox.failed(mail.id(), e.getMessage());
        }
    }
}
