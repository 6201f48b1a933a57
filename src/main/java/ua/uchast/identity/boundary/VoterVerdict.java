package ua.uchast.identity.boundary;

/**
 * Whether a person may vote in a cycle now and, if not, why (a UI bundle key); when they may, the territory they are
 * counted in for statistics (null when not known).
 */
public record VoterVerdict(boolean allowed, String reasonKey, Long territoryId) {

    public static VoterVerdict granted(Long territoryId) {
        return new VoterVerdict(true, null, territoryId);
    }

    public static VoterVerdict refused(String reasonKey) {
        return new VoterVerdict(false, reasonKey, null);
    }
}
