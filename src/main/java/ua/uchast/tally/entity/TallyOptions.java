package ua.uchast.tally.entity;

/**
 * How to tally. {@code stopAtFirstExhaustive} makes the Equal Shares add1 completion stop at the first outcome that
 * leaves no affordable project out (pabutools' default); off reproduces the official Wieliczka 2023 result.
 */
public record TallyOptions(TallyRule rule, TieBreak tieBreak, boolean stopAtFirstExhaustive) {

    public static TallyOptions of(TallyRule rule, TieBreak tieBreak) {
        return new TallyOptions(rule, tieBreak, false);
    }
}
