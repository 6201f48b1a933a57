package ua.uchast.platform.entity;

import java.util.ArrayList;
import java.util.List;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/** Collects every rejected field of one input, so the user sees all problems at once. */
public final class Violations {

    /** An e-mail address as people type one: something, @, a domain with a dot; no spaces. */
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final int MAX_EMAIL = 254;

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else if (value.strip().length() > maxLength) {
            add(field, "validation.tooLong", maxLength);
        }
        return this;
    }

    /** A required e-mail address: filled in, at most {@value #MAX_EMAIL} characters, and shaped like one. */
    public Violations requireEmail(String field, String value) {
        if (value == null || value.isBlank()) {
            return add(field, "validation.required");
        }
        return require(value.strip().length() <= MAX_EMAIL && value.strip().matches(EMAIL_PATTERN), field, "validation.email");
    }

    public Violations require(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            add(field, messageKey, arguments);
        }
        return this;
    }

    public Violations add(String field, String messageKey, Object... arguments) {
        found.add(FieldViolation.of(field, messageKey, arguments));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
