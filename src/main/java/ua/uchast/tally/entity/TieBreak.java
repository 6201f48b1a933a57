package ua.uchast.tally.entity;

import java.util.List;
import java.util.Objects;

/**
 * A tie-break rule fixed for a cycle. {@link TieCriterion#FILE_ORDER} is always the implicit last step, so the order
 * of projects is total and a tally is deterministic.
 */
public record TieBreak(List<TieCriterion> criteria, String seed) {

    /** Lower cost, then earlier in the file: reproduces the official pabulib results (Warszawa 2022 Praga-Północ). */
    public static final TieBreak PABULIB_DEFAULT = new TieBreak(List.of(TieCriterion.LOWER_COST, TieCriterion.FILE_ORDER), "");

    public TieBreak {
        criteria = List.copyOf(criteria);
        seed = Objects.requireNonNullElse(seed, "");
        if (criteria.contains(TieCriterion.RANDOM_SEED) && seed.isEmpty()) {
            throw new IllegalArgumentException("RANDOM_SEED tie-break needs a published seed");
        }
    }

    public static TieBreak of(TieCriterion... criteria) {
        return new TieBreak(List.of(criteria), "");
    }

    public static TieBreak withSeed(String seed, TieCriterion... criteria) {
        return new TieBreak(List.of(criteria), seed);
    }
}
