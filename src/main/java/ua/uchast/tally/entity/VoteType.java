package ua.uchast.tally.entity;

import java.util.Arrays;
import java.util.Optional;

/** Ballot kinds of the pabulib format (META {@code vote_type}). */
public enum VoteType {
    APPROVAL("approval", false),
    CHOOSE_ONE("choose-1", false),
    CUMULATIVE("cumulative", true),
    SCORING("scoring", true),
    ORDINAL("ordinal", true);

    private final String pabulibName;
    private final boolean pointsBased;

    VoteType(String pabulibName, boolean pointsBased) {
        this.pabulibName = pabulibName;
        this.pointsBased = pointsBased;
    }

    public String pabulibName() {
        return pabulibName;
    }

    /** Whether projects are ranked by points rather than by the number of voters listing them. */
    public boolean pointsBased() {
        return pointsBased;
    }

    public static Optional<VoteType> fromPabulibName(String name) {
        return Arrays.stream(values()).filter(type -> type.pabulibName.equals(name)).findFirst();
    }
}
