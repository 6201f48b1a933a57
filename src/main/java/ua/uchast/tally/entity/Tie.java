package ua.uchast.tally.entity;

import java.util.List;

/** Projects the rule could not tell apart, in the order the tie-break put them, and the criteria that decided. */
public record Tie(List<String> projectIds, List<TieCriterion> decidedBy) {

    public Tie {
        projectIds = List.copyOf(projectIds);
        decidedBy = List.copyOf(decidedBy);
    }
}
