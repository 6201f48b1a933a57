package ua.uchast.platform.entity;

import java.util.ArrayList;
import java.util.List;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/** Collects every rejected field of one input, so the user sees all problems at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "validation.required");
        } else if (value.strip().length() > maxLength) {
            add(field, "validation.tooLong", maxLength);
        }
        return this;
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
