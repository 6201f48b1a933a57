package ua.uchast.tally.entity;

import java.util.List;
import java.util.Objects;

/**
 * How projects the counting rule cannot tell apart are ordered. {@link TieCriterion#FILE_ORDER} is always the implicit
 * last step, so the order of projects is total and a tally is deterministic.
 */
public record TieOrderRule(List<TieCriterion> criteria, String seed) {

    /** pabulib's own order: projects tied on score keep their order in the file (what pabulib's checker does). */
    public static final TieOrderRule FILE_ORDER = new TieOrderRule(List.of(TieCriterion.FILE_ORDER), "");

    /** The cheaper project first, then the one earlier in the file: a platform cycle's default. */
    public static final TieOrderRule LOWER_COST_THEN_FILE_ORDER = new TieOrderRule(
            List.of(TieCriterion.LOWER_COST, TieCriterion.FILE_ORDER), "");

    public TieOrderRule {
        criteria = List.copyOf(criteria);
        seed = Objects.requireNonNullElse(seed, "");
        if (criteria.contains(TieCriterion.RANDOM_SEED) && seed.isEmpty()) {
            throw new IllegalArgumentException("RANDOM_SEED tie order needs a published seed");
        }
    }

    public static TieOrderRule of(TieCriterion... criteria) {
        return new TieOrderRule(List.of(criteria), "");
    }

    public static TieOrderRule withSeed(String seed, TieCriterion... criteria) {
        return new TieOrderRule(List.of(criteria), seed);
    }
}
