package ua.uchast.proposal.entity;

import java.util.Map;
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

    /** Revisions asked for by the commission may be made and resubmitted until review ends. */
    public boolean acceptsRevisions() {
        return phase == Phase.SUBMISSION || phase == Phase.REVIEW;
    }

    public boolean beforeVoting() {
        return phase.compareTo(Phase.VOTING) < 0;
    }
}
