package ua.uchast.platform.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.platform.entity.OutgoingMail;

/** Where components put the e-mails they send: in the caller's transaction, so a rolled-back change sends nothing. */
@ApplicationScoped
public class MailOutbox {

    private EntityManager entityManager;
    private Event<MailQueued> queued;
    private Clock clock;

    protected MailOutbox() {
    }

    @Inject
    public MailOutbox(EntityManager entityManager, Event<MailQueued> queued, Clock clock) {
        this.entityManager = entityManager;
        this.queued = queued;
        this.clock = clock;
    }

    public void enqueue(String recipient, String subject, String body) {
        entityManager.persist(new OutgoingMail(recipient, subject, body, KyivTime.nowUtc(clock)));
        queued.fire(new MailQueued());
    }
}
