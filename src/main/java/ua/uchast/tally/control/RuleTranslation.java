package ua.uchast.tally.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.CycleRules;
import ua.uchast.cycle.entity.HistoricRecord;
import ua.uchast.cycle.entity.TallyRule;
import ua.uchast.cycle.entity.TieBreak;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TieCriterion;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * Where a cycle's rules and the engine's (pabulib's) meet. A platform cycle counts by its own rules: one of four, an
 * optional minimum score to win ({@code minVotesToWin}: votes, or points for cumulative and ordinal ballots; pabulib
 * spells "greedy with a minimum" as its own rule, {@code greedy-threshold}), its published tie-break and its groups of
 * mutually exclusive projects. An election imported from a .pb file is counted as it was published: by the file's own
 * rule, with ties in file order (what pabulib's checker does).
 */
public final class RuleTranslation {

    private RuleTranslation() {
    }

    /**
     * What a category tallies: its ballots with the budget and rule in META (so an exported file says how the cycle
     * counts), how to run the engine, and what the reader should know (warnings from reading the file and its rule).
     */
    public record TallyInput(PbElection election, TallyOptions options, List<Notice> notices) {

        public TallyInput {
            notices = List.copyOf(notices);
        }
    }

    /**
     * Makes the plan a record of the file's election: the rule closest to the published one (greedy-threshold becomes
     * greedy with the minimum to win), ties in file order, and the file's own currency, exact budget and rule.
     */
    public static void readPabulibRule(PbElection election, PublishedRule.Reading reading, CyclePlan plan) {
        CountingRule rule = reading.rule();
        plan.setTallyRule(switch (rule) {
            case GREEDY, GREEDY_THRESHOLD -> TallyRule.GREEDY;
            case GREEDY_NO_SKIP, GREEDY_NO_SKIP_80 -> TallyRule.GREEDY_NO_SKIP;
            case EQUAL_SHARES_ADD1 -> TallyRule.EQUAL_SHARES;
            case EQUAL_SHARES_ADD1_COMPARISON -> TallyRule.EQUAL_SHARES_WITH_COMPARISON;
        });
        OptionalLong threshold = rule == CountingRule.GREEDY_THRESHOLD || rule == CountingRule.GREEDY_NO_SKIP
                ? election.minProjectScoreThreshold() : OptionalLong.empty();
        plan.setMinVotesToWin(threshold.isPresent() && threshold.getAsLong() > 0
                ? (int) Math.min(threshold.getAsLong(), Integer.MAX_VALUE) : null);
        plan.setTieBreak(TieBreak.EARLIER_THEN_LOWER_COST);
        plan.setHistoric(HistoricRecord.of(election.currency(), election.exactAmount(election.budget()),
                rule.pabulibName()));
    }

    /** An imported election under its own published rule; the stored META keeps its budget and rule as imported. */
    public static TallyInput forImportedElection(PbElection stored) {
        PublishedRule.Reading reading = PublishedRule.ofFile(stored);
        List<Notice> notices = new ArrayList<>(stored.notices());
        notices.addAll(reading.notices());
        return new TallyInput(stored, new TallyOptions(reading.rule(), TieOrderRule.FILE_ORDER, false,
                reading.exclusions()), notices);
    }

    /**
     * The ballots of a platform cycle's category under the cycle's rules, its budget (whole hryvnias) and its groups of
     * mutually exclusive projects.
     */
    public static TallyInput forCycle(PbElection ballots, long budget, CycleRules rules,
            List<Set<String>> exclusiveGroups) {
        CountingRule rule = engineRule(rules);
        Map<String, String> meta = new LinkedHashMap<>(ballots.meta());
        meta.put("budget", BigDecimal.valueOf(budget).toPlainString());
        meta.put(PbElection.META_RULE, rule.pabulibName());
        meta.remove(PbElection.META_SCORE_THRESHOLD);
        if (rules.minVotesToWin() != null && !rule.equalShares()) {
            meta.put(PbElection.META_SCORE_THRESHOLD, rules.minVotesToWin().toString());
        }
        TallyOptions options = new TallyOptions(rule, tieOrder(rules), false, new Exclusions(Set.of(), exclusiveGroups));
        return new TallyInput(ballots.withMetaAndBudget(meta, budget), options, ballots.notices());
    }

    private static CountingRule engineRule(CycleRules rules) {
        return switch (rules.tallyRule()) {
            case GREEDY -> rules.minVotesToWin() == null ? CountingRule.GREEDY : CountingRule.GREEDY_THRESHOLD;
            case GREEDY_NO_SKIP -> CountingRule.GREEDY_NO_SKIP;
            case EQUAL_SHARES -> CountingRule.EQUAL_SHARES_ADD1;
            case EQUAL_SHARES_WITH_COMPARISON -> CountingRule.EQUAL_SHARES_ADD1_COMPARISON;
        };
    }

    private static TieOrderRule tieOrder(CycleRules rules) {
        return switch (rules.tieBreak()) {
            case LOWER_COST_THEN_EARLIER -> TieOrderRule.LOWER_COST_THEN_FILE_ORDER;
            case EARLIER_THEN_LOWER_COST -> TieOrderRule.of(TieCriterion.FILE_ORDER, TieCriterion.LOWER_COST);
            case PUBLISHED_LOT -> TieOrderRule.withSeed(rules.lotSeed(), TieCriterion.RANDOM_SEED);
        };
    }
}
