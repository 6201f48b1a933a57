package ua.uchast.tally.entity;

/** One step of a tie-break rule; the steps are tried in order until one tells two tied projects apart. */
public enum TieCriterion {
    /** The cheaper project goes first. */
    LOWER_COST,
    /** The project submitted earlier (earlier in the PROJECTS list) goes first. */
    FILE_ORDER,
    /** Order by SHA-256 of {@code seed + "\n" + projectId} (lower hex first), reproducible from the published seed. */
    RANDOM_SEED
}
