package ua.uchast.tally.entity;

import java.util.List;
import java.util.Optional;

/**
 * A complete tally: every project's outcome (in the order the rule considered them), the winners in submission order,
 * the ties the tie-break decided, and for Equal Shares how it ended.
 */
public record TallyResult(TallyRule rule, TieBreak tieBreak, long budget, List<ProjectOutcome> outcomes,
        List<String> winners, long totalCost, List<Tie> ties, Optional<EqualSharesReport> equalShares) {

    public TallyResult {
        outcomes = List.copyOf(outcomes);
        winners = List.copyOf(winners);
        ties = List.copyOf(ties);
    }

    public Optional<ProjectOutcome> outcomeOf(String projectId) {
        return outcomes.stream().filter(outcome -> outcome.projectId().equals(projectId)).findFirst();
    }
}
