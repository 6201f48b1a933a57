package ua.uchast.community.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a staff username may be: 3 to 60 Latin lower-case letters, digits, '.', '_' and '-', starting with a letter or
 * digit. Stored and compared byte for byte, so a look-alike ("vyshnevá.admin", full-width letters) is another name,
 * never the same account; a typed name is only trimmed and lower-cased.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 60;
    private static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    private Usernames() {
    }

    /** The typed name as it is stored, or empty when it cannot be a username at all. */
    public static Optional<String> normalized(String typed) {
        return Optional.ofNullable(typed).map(text -> text.strip().toLowerCase(Locale.ROOT))
                .filter(text -> PATTERN.matcher(text).matches());
    }
}
