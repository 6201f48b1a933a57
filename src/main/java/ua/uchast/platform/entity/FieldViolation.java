package ua.uchast.platform.entity;

import java.io.Serializable;
import java.util.List;

/**
 * One rejected input. {@code field} is a property path such as {@code totalBudget} or {@code categories[1].budget},
 * or null for a rule that is not about one field.
 */
public record FieldViolation(String field, String messageKey, List<Object> arguments) implements Serializable {

    public static FieldViolation of(String field, String messageKey, Object... arguments) {
        return new FieldViolation(field, messageKey, List.of(arguments));
    }

    public static FieldViolation general(String messageKey, Object... arguments) {
        return of(null, messageKey, arguments);
    }
}
