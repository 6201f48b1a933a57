package ua.uchast.community.control;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Codes people copy by hand: one-time passwords and recovery codes, 16 characters (80 random bits) in groups of four,
 * from an alphabet without look-alikes (no 0/o, 1/l/i).
 */
public final class RandomCodes {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int GROUPS = 4;
    private static final int GROUP_LENGTH = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    /** For example {@code k7mq-2xhe-rp4t-9wbn}. */
    public static String next() {
        StringBuilder code = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                code.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return code.toString();
    }

    /** SHA-256 of the code as typed, ignoring case, spaces and dashes: how a recovery code is kept. */
    public static String hashOf(String typed) {
        String canonical = typed == null ? "" : typed.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return Sha256.hex(canonical);
    }
}
