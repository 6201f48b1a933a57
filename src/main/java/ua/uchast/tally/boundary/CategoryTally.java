package ua.uchast.tally.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.VoteType;

/**
 * The tally of one category: {@code result} is null when the category has no ballots. {@code projectNames} maps the
 * project ids the result speaks of to their names; {@code notices} is what reading the ballots and the rule warned
 * about. The result's amounts are in units of 10^-amountScale of {@code currency} (whole hryvnias, UAH, for the
 * platform's own cycles).
 */
public record CategoryTally(Long categoryId, String categoryName, VoteType voteType, long voters, TallyResult result,
        Map<String, String> projectNames, List<Notice> notices, int amountScale, String currency) {

    public CategoryTally {
        notices = List.copyOf(notices);
    }

    public boolean hasBallots() {
        return result != null;
    }

    /** An amount of the result, exactly: 133175111 units at scale 2 are 1331751.11. */
    public BigDecimal amount(long units) {
        return BigDecimal.valueOf(units, amountScale);
    }
}
