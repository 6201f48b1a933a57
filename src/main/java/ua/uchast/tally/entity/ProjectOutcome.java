package ua.uchast.tally.entity;

/**
 * The result for one project. {@code votes} counts voters listing it, {@code score} is what greedy ranks by (points,
 * or votes for approval). {@code position} is the 1-based order in which the rule considered (greedy) or selected
 * (Equal Shares) it; {@code budgetLeft} is what remained of the budget right after that. Amounts are in the election's
 * units ({@link PbElection#amountScale()}).
 */
public record ProjectOutcome(String projectId, long cost, long votes, long score, Outcome outcome, int position,
        long budgetLeft) {

    public boolean won() {
        return outcome.won();
    }
}
