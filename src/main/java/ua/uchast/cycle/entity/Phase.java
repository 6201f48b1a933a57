package ua.uchast.cycle.entity;

/** Where a cycle stands on a given day; it follows the calendar, nobody switches it by hand. */
public enum Phase {
    ANNOUNCED, SUBMISSION, REVIEW, VOTING, COUNTING, RESULTS, IMPLEMENTATION
}
