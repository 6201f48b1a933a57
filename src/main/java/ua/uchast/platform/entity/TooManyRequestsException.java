package ua.uchast.platform.entity;

import java.time.Duration;

/** Refused because a rate limit is used up: the message says so, and the answer says when to try again (429, Retry-After). */
public class TooManyRequestsException extends InvalidInputException {

    private final Duration retryAfter;

    public TooManyRequestsException(FieldViolation violation, Duration retryAfter) {
        super(violation);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
