package ua.uchast.platform.control;

/** An e-mail was put in the outbox; once its transaction has committed, the dispatcher sends it right away. */
public record MailQueued() {
}
