package ua.uchast.platform.entity;

import java.util.List;

/** Input refused with one message per offending field; nothing was saved. */
public class InvalidInputException extends BusinessException {

    private final transient List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("error.invalidInput");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(FieldViolation violation) {
        this(List.of(violation));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return violations.toString();
    }
}
