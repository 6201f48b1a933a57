package ua.uchast.community.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A code of Ukraine's codifier of territories (КАТОТТГ): "UA", then the oblast (2 digits), raion (2), hromada (3),
 * settlement (3), city district (2) and 5 more digits that make the code unique, e.g. UA32080090010082865. A unit's
 * code has zeros for the levels below it, so a settlement's code and its city districts' codes share its first 12
 * characters.
 */
public record Katottg(String code) {

    public static final int LENGTH = 19;
    private static final Pattern FORMAT = Pattern.compile("UA\\d{17}");
    /** Where each level ends in the code: oblast, raion, hromada, settlement, city district. */
    private static final int[] LEVEL_ENDS = {4, 6, 9, 12, 14};

    public Katottg {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a KATOTTG code: " + code);
        }
    }

    /** The code as written (spaces ignored, "ua" accepted), or empty for nothing or something that is not a code. */
    public static Optional<Katottg> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(new Katottg(code)) : Optional.empty();
    }

    /** "UA32": the oblast (or city with special status) the unit lies in. */
    public String oblast() {
        return code.substring(0, LEVEL_ENDS[0]);
    }

    /** "UA3208": the raion the unit lies in ("UA3200" for an oblast itself). */
    public String raion() {
        return code.substring(0, LEVEL_ENDS[1]);
    }

    /**
     * Whether the other unit lies within this one (or is it): a settlement contains its city districts, a hromada its
     * settlements. Only the levels this code names count, not the digits that make it unique.
     */
    public boolean contains(Katottg other) {
        String significant = code.substring(0, significantLength());
        return other.code.startsWith(significant);
    }

    private int significantLength() {
        int end = LEVEL_ENDS[0];
        for (int i = 1; i < LEVEL_ENDS.length; i++) {
            if (!code.substring(LEVEL_ENDS[i - 1], LEVEL_ENDS[i]).chars().allMatch(digit -> digit == '0')) {
                end = LEVEL_ENDS[i];
            }
        }
        return end;
    }

    @Override
    public String toString() {
        return code;
    }
}
