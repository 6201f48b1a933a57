package ua.uchast.tally.entity;

import java.util.List;
import java.util.Optional;

/**
 * A complete tally: every project's outcome (in the order the rule considered them), the winners in submission order,
 * the ties the tie order decided, and for Equal Shares how it ended. Amounts are in the election's units.
 */
public record TallyResult(CountingRule rule, TieOrderRule tieOrder, long budget, List<ProjectOutcome> outcomes,
        List<String> winners, long totalCost, List<Tie> ties, Optional<EqualSharesReport> equalShares) {

    public TallyResult {
        outcomes = List.copyOf(outcomes);
        winners = List.copyOf(winners);
        ties = List.copyOf(ties);
    }

    public Optional<ProjectOutcome> outcomeOf(String projectId) {
        return outcomes.stream().filter(outcome -> outcome.projectId().equals(projectId)).findFirst();
    }

    /** The same result reported as counted by {@code countedBy}, with how Equal Shares ended. */
    public TallyResult reportedAs(CountingRule countedBy, EqualSharesReport report) {
        return new TallyResult(countedBy, tieOrder, budget, outcomes, winners, totalCost, ties, Optional.of(report));
    }
}
