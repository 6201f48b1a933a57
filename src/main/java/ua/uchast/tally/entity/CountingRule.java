package ua.uchast.tally.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the engine picks winners, named as in the pabulib format (META {@code rule}). pabulib's {@code greedy-custom}
 * and {@code greedy-exclusive} are not rules of their own: see {@code PublishedRule} for what they become.
 */
public enum CountingRule {
    /** Fund by score, skipping a project that does not fit and continuing with the next. */
    GREEDY("greedy"),
    /**
     * Fund by score, stopping at the first project that does not fit; a project below META
     * {@code min_project_score_threshold}, when the file has one, cannot win.
     */
    GREEDY_NO_SKIP("greedy-no-skip"),
    /** Like {@link #GREEDY}, but a project below META {@code min_project_score_threshold} cannot win. */
    GREEDY_THRESHOLD("greedy-threshold"),
    /**
     * Poznań's rule: like {@link #GREEDY_NO_SKIP}, but the first project that does not fit is funded too (from reserve
     * funds outside the budget) when what is left covers at least 80% of its cost.
     */
    GREEDY_NO_SKIP_80("greedy-no-skip-80"),
    /** Method of Equal Shares (cost utilities) completed by raising the per-voter budget by 1. */
    EQUAL_SHARES_ADD1("equalshares/add1"),
    /** {@link #EQUAL_SHARES_ADD1}, replaced by greedy only if strictly more voters prefer the greedy outcome. */
    EQUAL_SHARES_ADD1_COMPARISON("equalshares/add1-comparison");

    private final String pabulibName;

    CountingRule(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }

    public boolean equalShares() {
        return this == EQUAL_SHARES_ADD1 || this == EQUAL_SHARES_ADD1_COMPARISON;
    }

    public static Optional<CountingRule> fromPabulibName(String name) {
        return Arrays.stream(values()).filter(rule -> rule.pabulibName.equals(name)).findFirst();
    }
}
