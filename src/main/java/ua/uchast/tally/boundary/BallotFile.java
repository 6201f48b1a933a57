package ua.uchast.tally.boundary;

/** A category's anonymised ballots as a pabulib .pb file, with the name to download it under. */
public record BallotFile(String fileName, byte[] content) {

    /** {@code cycle-N.pb}, or {@code cycle-N-K.pb} for the K-th (from 1) of a cycle's several categories. */
    public static String nameFor(Long cycleId, int categories, int position) {
        return "cycle-" + cycleId + (categories == 1 ? "" : "-" + (position + 1)) + ".pb";
    }
}
