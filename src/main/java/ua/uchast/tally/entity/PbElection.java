package ua.uchast.tally.entity;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import ua.uchast.platform.entity.Money;

/**
 * One budget pool (a category of a cycle, or one pabulib file): its META settings, the accepted projects in
 * submission order, the grouped ballots, and what reading it gave warnings about.
 *
 * <p>Amounts (the budget and each project's cost) are exact whole numbers of units of 10<sup>-amountScale</sup> of the
 * currency: a file whose budget is {@code 1331751.11} has scale 2 and a budget of 133175111 units. The platform's own
 * cycles count whole hryvnias (scale 0).
 */
public record PbElection(Map<String, String> meta, long budget, VoteType voteType, List<TallyProject> projects,
        List<Ballot> ballots, int amountScale, List<Notice> notices) {

    public static final String META_RULE = "rule";
    public static final String META_SCORE_THRESHOLD = "min_project_score_threshold";
    public static final String META_COMMENT = "comment";
    public static final String META_CURRENCY = "currency";
    /** The most decimal places an amount may have. */
    public static final int MAX_AMOUNT_SCALE = 6;

    public PbElection {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        notices = List.copyOf(notices);
        if (budget < 0) {
            throw new IllegalArgumentException("negative budget");
        }
        if (amountScale < 0 || amountScale > MAX_AMOUNT_SCALE) {
            throw new IllegalArgumentException("amount scale out of range: " + amountScale);
        }
    }

    /** An election in whole units of its currency, with nothing to warn about. */
    public PbElection(Map<String, String> meta, long budget, VoteType voteType, List<TallyProject> projects,
            List<Ballot> ballots) {
        this(meta, budget, voteType, projects, ballots, 0, List.of());
    }

    public Optional<String> ruleName() {
        return Optional.ofNullable(meta.get(META_RULE));
    }

    /** META {@code min_project_score_threshold}; the parser has checked it is a whole number. */
    public OptionalLong minProjectScoreThreshold() {
        String value = meta.get(META_SCORE_THRESHOLD);
        return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(wholeDigits(value)));
    }

    /** META {@code currency}, e.g. PLN; the platform's own cycles count in hryvnias (UAH). */
    public String currency() {
        return Optional.ofNullable(meta.get(META_CURRENCY)).map(String::strip).filter(code -> !code.isEmpty())
                .orElse(Money.CURRENCY_CODE);
    }

    public long voterCount() {
        return ballots.stream().mapToLong(Ballot::weight).sum();
    }

    /** An amount in this election's units as an exact decimal: 133175111 at scale 2 is 1331751.11. */
    public BigDecimal exactAmount(long units) {
        return BigDecimal.valueOf(units, amountScale);
    }

    /** The same ballots and projects under other META and another budget (in the same units). */
    public PbElection withMetaAndBudget(Map<String, String> otherMeta, long otherBudget) {
        return new PbElection(otherMeta, otherBudget, voteType, projects, ballots, amountScale, notices);
    }

    /** "12", " 12 " and "12.0" (a whole number written as a float) all give the digits "12". */
    public static String wholeDigits(String text) {
        return text.strip().replaceFirst("\\.0+$", "");
    }
}
