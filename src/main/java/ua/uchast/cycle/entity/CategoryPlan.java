package ua.uchast.cycle.entity;

import java.io.Serializable;
import java.util.Objects;

/** What an administrator enters for one category; checked by {@link BudgetCycle}. Money in whole hryvnias. */
public class CategoryPlan implements Serializable {

    private String name;
    private Long budget;
    private Long minCost;
    private Long maxCost;
    private Integer maxChoices = 1;
    private VotingStyle votingStyle = VotingStyle.UP_TO_K;

    public CategoryPlan() {
    }

    public CategoryPlan(String name, Long budget, Long minCost, Long maxCost, Integer maxChoices) {
        this.name = name;
        this.budget = budget;
        this.minCost = minCost;
        this.maxCost = maxCost;
        this.maxChoices = maxChoices;
    }

    public CategoryPlan(String name, Long budget, Long minCost, Long maxCost, Integer maxChoices, VotingStyle votingStyle) {
        this(name, budget, minCost, maxCost, maxChoices);
        this.votingStyle = votingStyle;
    }

    boolean countsTheSameAs(CategoryPlan other) {
        return Objects.equals(budget, other.budget) && Objects.equals(minCost, other.minCost)
                && Objects.equals(maxCost, other.maxCost) && Objects.equals(maxChoices, other.maxChoices)
                && votingStyle == other.votingStyle;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getBudget() {
        return budget;
    }

    public void setBudget(Long budget) {
        this.budget = budget;
    }

    public Long getMinCost() {
        return minCost;
    }

    public void setMinCost(Long minCost) {
        this.minCost = minCost;
    }

    public Long getMaxCost() {
        return maxCost;
    }

    public void setMaxCost(Long maxCost) {
        this.maxCost = maxCost;
    }

    public Integer getMaxChoices() {
        return maxChoices;
    }

    public void setMaxChoices(Integer maxChoices) {
        this.maxChoices = maxChoices;
    }

    public VotingStyle getVotingStyle() {
        return votingStyle;
    }

    public void setVotingStyle(VotingStyle votingStyle) {
        this.votingStyle = votingStyle;
    }
}
