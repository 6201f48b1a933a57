package ua.uchast.proposal.entity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.Money;

/**
 * What a project must fit in its cycle, as of today: the phase, each category's cost range, the hromada's
 * territories and how many supporters a project needs before review (null: none).
 */
public record CycleTerms(Phase phase, Map<Long, CostRange> costRanges, Set<Long> territoryIds, Integer supportersThreshold) {

    public record CostRange(Money min, Money max) {

        public boolean admits(Money cost) {
            return !cost.isGreaterThan(max) && !min.isGreaterThan(cost);
        }
    }

    public boolean acceptsNewDrafts() {
        return phase == Phase.SUBMISSION;
    }

    /** Why no new project may be started now (a bundle key), or empty when one may. */
    public Optional<String> newDraftObstacle() {
        if (phase == Phase.ANNOUNCED) {
            return Optional.of("proposal.submissionNotOpen");
        }
        return acceptsNewDrafts() ? Optional.empty() : Optional.of("proposal.submissionClosed");
    }

    /** Revisions asked for by the commission may be made and resubmitted until review ends. */
    public boolean acceptsRevisions() {
        return phase == Phase.SUBMISSION || phase == Phase.REVIEW;
    }

    public boolean beforeVoting() {
        return phase.compareTo(Phase.VOTING) < 0;
    }
}
