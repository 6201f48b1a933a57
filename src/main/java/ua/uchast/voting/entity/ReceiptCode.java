package ua.uchast.voting.entity;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a voter gets when their ballot is cast: 20 characters (100 random bits) from an alphabet without look-alikes
 * (no 0/O, 1/I), written as 4 groups of 5 so it is easy to copy. Typed back in any case, with or without spaces
 * and dashes. Only its keyed hash is stored, with the ballot.
 */
public final class ReceiptCode {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String characters;

    private ReceiptCode(String characters) {
        this.characters = characters;
    }

    public static ReceiptCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** The code as typed by someone, if it can be one. */
    public static Optional<ReceiptCode> typed(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(plain));
    }

    /** The 20 characters, as hashed. */
    public String characters() {
        return characters;
    }

    /** ABCDE-FGHJK-LMNPQ-RSTUV */
    public String grouped() {
        return String.join("-", characters.substring(0, 5), characters.substring(5, 10), characters.substring(10, 15),
                characters.substring(15, 20));
    }

    @Override
    public String toString() {
        return "ReceiptCode[*****]";
    }
}
