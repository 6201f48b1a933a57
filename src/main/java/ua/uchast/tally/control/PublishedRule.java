package ua.uchast.tally.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;

/**
 * What a pabulib file's rule name means for the engine, as real files use it:
 * <ul>
 * <li>the engine's own names ({@link CountingRule#pabulibName()});</li>
 * <li>{@code greedy-custom}, whose rule is described in META {@code comment}: Poznań's "the first project that does
 * not fit is funded too if at least 80% of it fits" is {@link CountingRule#GREEDY_NO_SKIP_80}; any other description
 * is refused, quoting it;</li>
 * <li>{@code greedy-exclusive}: greedy where some projects exclude each other, which the files name only in prose if at
 * all, so it is counted as greedy, with a warning that its result may differ.</li>
 * </ul>
 * A project whose cost is the stand-in {@value #WITHDRAWN_COST} while META {@code comment} speaks of it is withdrawn:
 * it cannot win, and no rule stops at it.
 */
public final class PublishedRule {

    public static final String GREEDY_CUSTOM = "greedy-custom";
    public static final String GREEDY_EXCLUSIVE = "greedy-exclusive";
    static final long WITHDRAWN_COST = 999_999_999L;
    private static final int MAX_QUOTED_COMMENT = 300;
    private static final Pattern FIT = Pattern.compile("(?i)\\bfit");
    private static final Pattern EIGHTY_PERCENT = Pattern.compile("\\b80\\s*%");

    private PublishedRule() {
    }

    /** The rule to count by, the projects that cannot win, and what the reader should know about both. */
    public record Reading(CountingRule rule, Exclusions exclusions, List<Notice> notices) {

        public Reading {
            notices = List.copyOf(notices);
        }
    }

    /** The file's own rule, META {@code rule}; a file without one is counted as greedy. */
    public static Reading ofFile(PbElection election) {
        return read(election, election.ruleName().orElse(CountingRule.GREEDY.pabulibName()));
    }

    /** The rule called {@code name} applied to the election. */
    public static Reading read(PbElection election, String name) {
        List<Notice> notices = new ArrayList<>();
        CountingRule rule = rule(election, name, notices);
        if (rule == CountingRule.GREEDY_THRESHOLD && election.minProjectScoreThreshold().isEmpty()) {
            throw new RuleRefusedException(Notice.of(NoticeCode.THRESHOLD_MISSING, PbElection.META_SCORE_THRESHOLD));
        }
        Set<String> withdrawn = withdrawn(election);
        withdrawn.forEach(id -> notices.add(Notice.of(NoticeCode.WITHDRAWN_PROJECT, id)));
        return new Reading(rule, new Exclusions(withdrawn, List.of()), notices);
    }

    /** The names {@link #read} understands: the engine's and the two real files use besides. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (CountingRule rule : CountingRule.values()) {
            names.add(rule.pabulibName());
        }
        names.add(GREEDY_CUSTOM);
        names.add(GREEDY_EXCLUSIVE);
        return names;
    }

    private static CountingRule rule(PbElection election, String name, List<Notice> notices) {
        String comment = election.meta().getOrDefault(PbElection.META_COMMENT, "").strip();
        if (GREEDY_CUSTOM.equals(name)) {
            if (comment.isEmpty()) {
                throw new RuleRefusedException(Notice.of(NoticeCode.CUSTOM_RULE_UNDESCRIBED));
            }
            if (!describesEightyPercentRule(comment)) {
                throw new RuleRefusedException(Notice.of(NoticeCode.CUSTOM_RULE_UNKNOWN, quoted(comment)));
            }
            notices.add(Notice.of(NoticeCode.CUSTOM_RULE_READ, CountingRule.GREEDY_NO_SKIP_80.pabulibName()));
            return CountingRule.GREEDY_NO_SKIP_80;
        }
        if (GREEDY_EXCLUSIVE.equals(name)) {
            notices.add(Notice.of(NoticeCode.EXCLUSIONS_NOT_IN_DATA));
            return CountingRule.GREEDY;
        }
        return CountingRule.fromPabulibName(name)
                .orElseThrow(() -> new RuleRefusedException(Notice.of(NoticeCode.UNKNOWN_RULE, quoted(name))));
    }

    private static Set<String> withdrawn(PbElection election) {
        String comment = election.meta().getOrDefault(PbElection.META_COMMENT, "").toLowerCase(Locale.ROOT);
        Set<String> withdrawn = new LinkedHashSet<>();
        if (comment.contains(Long.toString(WITHDRAWN_COST)) || comment.contains("withdraw")) {
            long standIn = BigDecimal.valueOf(WITHDRAWN_COST).movePointRight(election.amountScale()).longValueExact();
            election.projects().stream().filter(project -> project.cost() == standIn).map(TallyProject::id)
                    .forEach(withdrawn::add);
        }
        return withdrawn;
    }

    /** Poznań's wording: funding "until the next project does not fit", then that one "if at least 80% of it" fits. */
    private static boolean describesEightyPercentRule(String comment) {
        Matcher fit = FIT.matcher(comment);
        return fit.find() && EIGHTY_PERCENT.matcher(comment).region(fit.end(), comment.length()).find();
    }

    private static String quoted(String text) {
        return text.length() <= MAX_QUOTED_COMMENT ? text : text.substring(0, MAX_QUOTED_COMMENT - 1) + "…";
    }
}
