package ua.uchast.tally.control;

import java.util.List;

import ua.uchast.tally.entity.Tie;

/**
 * The projects one Equal Shares run selected, in selection order, what they cost, the ties on the way, and which
 * projects could not be bought whatever the money (withdrawn, or excluded by a selected project of their group).
 */
record EqualSharesSelection(List<Integer> order, boolean[] selected, boolean[] ruledOut, long cost, List<Tie> ties) {

    /** No project that could still win fits in what is left of the budget. */
    boolean exhaustive(IndexedElection election, long budget) {
        for (int project = 0; project < election.projectCount; project++) {
            if (open(project) && election.cost[project] <= budget - cost) {
                return false;
            }
        }
        return true;
    }

    /** Every project with a supporter that could still win is selected: more money per voter changes nothing. */
    boolean selectsEverySupported(IndexedElection election) {
        for (int project = 0; project < election.projectCount; project++) {
            if (open(project) && election.votes[project] > 0) {
                return false;
            }
        }
        return true;
    }

    private boolean open(int project) {
        return !selected[project] && !ruledOut[project];
    }
}
