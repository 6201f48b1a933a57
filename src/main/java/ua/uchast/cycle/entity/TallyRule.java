package ua.uchast.cycle.entity;

/** How winners are chosen within each category's budget (DESIGN §6); the pabulib name is the published one. */
public enum TallyRule {
    GREEDY("greedy"),
    GREEDY_NO_SKIP("greedy-no-skip"),
    EQUAL_SHARES("equalshares/add1"),
    EQUAL_SHARES_WITH_COMPARISON("equalshares/add1-comparison");

    private final String pabulibName;

    TallyRule(String pabulibName) {
        this.pabulibName = pabulibName;
    }

    public String pabulibName() {
        return pabulibName;
    }
}
