package ua.uchast.voting.entity;

import java.util.Locale;

/** How a ballot reached the box: through the identity provider, with a qualified e-signature, or on paper. */
public enum Channel {
    PROVIDER, SIGNATURE, PAPER;

    /** The word used in the ballot file and the public API: {@code provider}, {@code signature}, {@code paper}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
