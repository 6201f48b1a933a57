package ua.uchast.tally.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.CycleRules;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyRule;
import ua.uchast.tally.entity.TieBreak;
import ua.uchast.tally.entity.TieCriterion;

/**
 * Where a cycle's rules and the engine's (pabulib's) meet. A cycle has four rules and an optional minimum score to
 * win ({@code minVotesToWin}: votes, or points for cumulative and ordinal ballots); pabulib spells "greedy with a
 * minimum" as its own rule, {@code greedy-threshold}, with the minimum in META {@code min_project_score_threshold}.
 */
public final class RuleTranslation {

    private RuleTranslation() {
    }

    /** What a cycle tallies: its category's ballots under the cycle's budget and rules, and how to run the engine. */
    public record TallyInput(PbElection election, TallyOptions options) {
    }

    /** Sets the plan's rule and minimum to win from the file's META {@code rule}; no rule means greedy. */
    public static void readPabulibRule(PbElection election, CyclePlan plan) {
        String name = election.ruleName().orElse(TallyRule.GREEDY.pabulibName());
        TallyRule rule = TallyRule.fromPabulibName(name).orElseThrow(() -> new InvalidInputException(
                FieldViolation.of("file", "tally.import.unknownRule", name)));
        plan.setTallyRule(switch (rule) {
            case GREEDY, GREEDY_THRESHOLD -> ua.uchast.cycle.entity.TallyRule.GREEDY;
            case GREEDY_NO_SKIP -> ua.uchast.cycle.entity.TallyRule.GREEDY_NO_SKIP;
            case EQUAL_SHARES_ADD1 -> ua.uchast.cycle.entity.TallyRule.EQUAL_SHARES;
            case EQUAL_SHARES_ADD1_COMPARISON -> ua.uchast.cycle.entity.TallyRule.EQUAL_SHARES_WITH_COMPARISON;
        });
        OptionalLong threshold = rule == TallyRule.GREEDY_THRESHOLD || rule == TallyRule.GREEDY_NO_SKIP
                ? election.minProjectScoreThreshold() : OptionalLong.empty();
        plan.setMinVotesToWin(threshold.isPresent() && threshold.getAsLong() > 0
                ? (int) Math.min(threshold.getAsLong(), Integer.MAX_VALUE) : null);
        plan.setTieBreak(ua.uchast.cycle.entity.TieBreak.LOWER_COST_THEN_EARLIER);
    }

    /**
     * The stored ballots with the category's budget and the cycle's rules written into META (so an exported file
     * says how the cycle counts), and the engine options for them.
     */
    public static TallyInput forCycle(PbElection stored, long budget, CycleRules rules) {
        TallyRule rule = engineRule(rules);
        Map<String, String> meta = new LinkedHashMap<>(stored.meta());
        meta.put("budget", Long.toString(budget));
        meta.put(PbElection.META_RULE, rule.pabulibName());
        meta.remove(PbElection.META_SCORE_THRESHOLD);
        if (rules.minVotesToWin() != null && !rule.equalShares()) {
            meta.put(PbElection.META_SCORE_THRESHOLD, rules.minVotesToWin().toString());
        }
        PbElection election = new PbElection(meta, budget, stored.voteType(), stored.projects(), stored.ballots());
        return new TallyInput(election, TallyOptions.of(rule, tieBreak(rules)));
    }

    private static TallyRule engineRule(CycleRules rules) {
        return switch (rules.tallyRule()) {
            case GREEDY -> rules.minVotesToWin() == null ? TallyRule.GREEDY : TallyRule.GREEDY_THRESHOLD;
            case GREEDY_NO_SKIP -> TallyRule.GREEDY_NO_SKIP;
            case EQUAL_SHARES -> TallyRule.EQUAL_SHARES_ADD1;
            case EQUAL_SHARES_WITH_COMPARISON -> TallyRule.EQUAL_SHARES_ADD1_COMPARISON;
        };
    }

    private static TieBreak tieBreak(CycleRules rules) {
        return switch (rules.tieBreak()) {
            case LOWER_COST_THEN_EARLIER -> TieBreak.PABULIB_DEFAULT;
            case EARLIER_THEN_LOWER_COST -> TieBreak.of(TieCriterion.FILE_ORDER, TieCriterion.LOWER_COST);
            case PUBLISHED_LOT -> TieBreak.withSeed(rules.lotSeed(), TieCriterion.RANDOM_SEED);
        };
    }
}
