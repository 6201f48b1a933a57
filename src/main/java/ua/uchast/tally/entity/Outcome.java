package ua.uchast.tally.entity;

/** What happened to a project in a tally. */
public enum Outcome {
    WON,
    /**
     * Won under {@link CountingRule#GREEDY_NO_SKIP_80}: it did not fit, but what was left covered at least 80% of its
     * cost; the rest comes from reserve funds outside the budget.
     */
    WON_WITH_RESERVE,
    /** Its cost was more than the budget left when its turn came. */
    DID_NOT_FIT,
    /** Its score was below the minimum score to win. */
    BELOW_THRESHOLD,
    /** Greedy without skipping stopped at an earlier project that did not fit. */
    STOPPED,
    /** Its supporters' equal shares could not pay for it. */
    NOT_CHOSEN_BY_EQUAL_SHARES,
    /** A project it excludes (one of its group of mutually exclusive projects) won first. */
    EXCLUDED_BY_GROUP,
    /** Withdrawn after the ballot was printed: it is on the ballot but cannot win. */
    WITHDRAWN;

    public boolean won() {
        return this == WON || this == WON_WITH_RESERVE;
    }
}
