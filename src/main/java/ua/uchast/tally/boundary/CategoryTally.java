package ua.uchast.tally.boundary;

import java.util.Map;

import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.VoteType;

/**
 * The tally of one category: {@code result} is null when the category has no ballots. {@code projectNames} maps the
 * project ids the result speaks of to their names.
 */
public record CategoryTally(Long categoryId, String categoryName, VoteType voteType, long voters, TallyResult result,
        Map<String, String> projectNames) {

    public boolean hasBallots() {
        return result != null;
    }
}
