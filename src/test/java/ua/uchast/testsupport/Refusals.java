package ua.uchast.testsupport;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.function.Executable;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/** Assertions on what a refused input says, field by field. */
public final class Refusals {

    private Refusals() {
    }

    public static List<FieldViolation> violationsOf(Executable action) {
        return assertThrows(InvalidInputException.class, action).violations();
    }

    public static void assertRefused(Executable action, String field, String messageKey) {
        List<FieldViolation> violations = violationsOf(action);
        assertTrue(violations.stream().anyMatch(v -> java.util.Objects.equals(v.field(), field) && v.messageKey().equals(messageKey)),
                () -> "expected " + field + " → " + messageKey + " among " + violations);
    }
}
