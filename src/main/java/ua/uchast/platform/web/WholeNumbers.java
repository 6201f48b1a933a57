package ua.uchast.platform.web;

import jakarta.faces.convert.ConverterException;

import org.omnifaces.util.Messages;

/**
 * Whole numbers as people type them: "1 500 000", "1500000 грн". Kopecks, minus signs and letters are refused with a
 * message that says what to type.
 */
final class WholeNumbers {

    private static final int MAX_DIGITS = 13;

    private WholeNumbers() {
    }

    static Long parse(String value, String errorKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.replaceAll("[\\s\u00a0\u202f]", "").replaceFirst("(?iu)(грн\\.?|uah)$", "");
        if (!digits.matches("\\d{1," + MAX_DIGITS + "}")) {
            throw new ConverterException(Messages.createError(errorKey, value));
        }
        return Long.valueOf(digits);
    }
}
