package ua.uchast.platform.entity;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An e-mail in the outbox: written in the transaction of what it tells about, sent afterwards, retried with a growing
 * pause when the mail server fails, and given up after {@value #MAX_ATTEMPTS} attempts.
 */
@Entity
@Table(name = "mail_outbox")
public class OutgoingMail {

    public static final int MAX_ATTEMPTS = 8;
    static final int MAX_SUBJECT = 500;
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    /** Which dispatcher run (on which instance) is sending it, until when. */
    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @Column(name = "failed_at")
    private LocalDateTime failedAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, LocalDateTime now) {
        this.recipient = recipient;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(LocalDateTime now) {
        attempts++;
        sentAt = now;
        lastError = null;
        release();
    }

    /** The attempt failed: try again after 1, 2, 4 … minutes, or give up after the last attempt. */
    public void failed(String error, LocalDateTime now) {
        attempts++;
        lastError = error == null ? null : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (attempts >= MAX_ATTEMPTS) {
            failedAt = now;
        } else {
            nextAttemptAt = now.plus(Duration.ofMinutes(1L << (attempts - 1)));
        }
        release();
    }

    private void release() {
        claimToken = null;
        claimedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public int attempts() {
        return attempts;
    }

    public LocalDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public boolean hasFailed() {
        return failedAt != null;
    }
}
