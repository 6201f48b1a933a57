package ua.uchast.tally.boundary;

import java.util.List;

import ua.uchast.cycle.entity.BudgetCycle;

/** A cycle's tally, category by category, computed under the cycle's rules. */
public record CycleTally(BudgetCycle cycle, List<CategoryTally> categories) {

    public CycleTally {
        categories = List.copyOf(categories);
    }
}
