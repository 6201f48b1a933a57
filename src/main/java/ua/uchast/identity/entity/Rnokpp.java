package ua.uchast.identity.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A natural person's registration number of the taxpayer's account card (РНОКПП), always valid by construction.
 * {@link #toString()} masks the number so it never leaks into logs or exception messages by accident.
 */
public final class Rnokpp {

    public enum Gender { MALE, FEMALE }

    private static final int LENGTH = 10;
    private static final int[] CHECK_WEIGHTS = {-1, 5, 7, 9, 4, 6, 10, 5, 7};
    private static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 31);

    private final String digits;

    private Rnokpp(String digits) {
        this.digits = digits;
    }

    /** @throws IllegalArgumentException if the text is not ten digits with a matching check digit (the text is not echoed) */
    public static Rnokpp of(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("not a valid RNOKPP (ten digits with a matching check digit)");
        }
        return new Rnokpp(text);
    }

    /**
     * The number a person born on {@code birthDate} would have, with the given serial (0–999, which also decides the
     * gender digit): for demo and generated data, never to stand for a real person.
     */
    public static Rnokpp compose(LocalDate birthDate, Gender gender, int serial) {
        long days = ChronoUnit.DAYS.between(DAY_ZERO, birthDate);
        if (days < 1 || days > 99_999 || serial < 0 || serial > 999) {
            throw new IllegalArgumentException("birth date or serial out of range");
        }
        int genderDigit = (serial % 5) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first = String.format("%05d%03d%d", days, serial, genderDigit);
        return of(first + checkDigitOf(first));
    }

    /** The number as a person types it: spaces between the digits do not matter. Empty when it is not a valid one. */
    public static Optional<Rnokpp> typed(String text) {
        String digits = text == null ? "" : text.replaceAll("\\s", "");
        return isValid(digits) ? Optional.of(new Rnokpp(digits)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return hasTenDigits(text) && checkDigitOf(text) == text.charAt(LENGTH - 1) - '0';
    }

    public static boolean hasTenDigits(String text) {
        return text != null && text.length() == LENGTH && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int checkDigitOf(String text) {
        int sum = 0;
        for (int i = 0; i < CHECK_WEIGHTS.length; i++) {
            sum += CHECK_WEIGHTS[i] * (text.charAt(i) - '0');
        }
        return Math.floorMod(sum, 11) % 10;
    }

    /** The plain number; only for hashing and for an operator's own screen, never for logs or storage. */
    public String value() {
        return digits;
    }

    /** The first five digits count the days since 1899-12-31. */
    public LocalDate birthDate() {
        return DAY_ZERO.plusDays(Integer.parseInt(digits.substring(0, 5)));
    }

    /** The ninth digit is odd for men and even for women. */
    public Gender gender() {
        return (digits.charAt(8) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Shows only the last two digits. */
    public static String mask(String text) {
        if (text == null || text.length() < 3) {
            return "**********";
        }
        return "*".repeat(text.length() - 2) + text.substring(text.length() - 2);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Rnokpp that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return "Rnokpp[" + mask(digits) + "]";
    }
}
