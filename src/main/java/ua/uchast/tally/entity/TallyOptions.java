package ua.uchast.tally.entity;

/**
 * How to tally. {@code stopAtFirstExhaustive} makes the Equal Shares add1 completion stop at the first outcome that
 * leaves no affordable project out (pabutools' default); off reproduces the official Wieliczka 2023 result.
 */
public record TallyOptions(CountingRule rule, TieOrderRule tieOrder, boolean stopAtFirstExhaustive,
        Exclusions exclusions) {

    public static TallyOptions of(CountingRule rule, TieOrderRule tieOrder) {
        return new TallyOptions(rule, tieOrder, false, Exclusions.NONE);
    }

    public TallyOptions with(Exclusions otherExclusions) {
        return new TallyOptions(rule, tieOrder, stopAtFirstExhaustive, otherExclusions);
    }
}
