package ua.uchast.tally.entity;

/** What happened to a project in a tally. */
public enum Outcome {
    WON,
    /** Its cost was more than the budget left when its turn came. */
    DID_NOT_FIT,
    /** Its score was below the minimum score to win. */
    BELOW_THRESHOLD,
    /** Greedy without skipping stopped at an earlier project that did not fit. */
    STOPPED,
    /** Its supporters' equal shares could not pay for it. */
    NOT_CHOSEN_BY_EQUAL_SHARES
}
