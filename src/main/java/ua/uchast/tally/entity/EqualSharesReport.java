package ua.uchast.tally.entity;

/**
 * How an Equal Shares tally ended: the per-voter budget of the chosen add1 round, and for the comparison step how many
 * voters strictly preferred each outcome (0 when there was no comparison).
 */
public record EqualSharesReport(long perVoterBudget, boolean stoppedAtFirstExhaustive, long votersPreferringEqualShares,
        long votersPreferringGreedy, boolean greedyChosenByComparison) {
}
