package ua.uchast.cycle.entity;

/** Which of two projects with equal votes goes first; fixed in the cycle and shown with the results. */
public enum TieBreak {
    /** The cheaper project, then the one submitted earlier. */
    LOWER_COST_THEN_EARLIER,
    /** The project submitted earlier, then the cheaper one. */
    EARLIER_THEN_LOWER_COST,
    /** A lot drawn from a seed published before voting. */
    PUBLISHED_LOT
}
