package ua.uchast.cycle.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.Money;

/** A part of the cycle's budget ("малі проєкти", "великі проєкти", a theme) with its own cost range. */
@Entity
@Table(name = "budget_category")
public class BudgetCategory {

    public static final int MAX_NAME = 120;
    public static final int MAX_CHOICES = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private BudgetCycle cycle;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Embedded
    @AttributeOverride(name = "hryvnias", column = @Column(name = "budget", nullable = false))
    private Money budget;

    @Embedded
    @AttributeOverride(name = "hryvnias", column = @Column(name = "min_cost", nullable = false))
    private Money minCost;

    @Embedded
    @AttributeOverride(name = "hryvnias", column = @Column(name = "max_cost", nullable = false))
    private Money maxCost;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @Enumerated(EnumType.STRING)
    @Column(name = "voting_style", nullable = false, length = 20)
    private VotingStyle votingStyle;

    @Column(nullable = false)
    private int position;

    protected BudgetCategory() {
    }

    BudgetCategory(BudgetCycle cycle, int position, CategoryPlan plan) {
        this.cycle = cycle;
        this.position = position;
        apply(plan);
    }

    void apply(CategoryPlan plan) {
        name = plan.getName().strip();
        budget = Money.ofHryvnias(plan.getBudget());
        minCost = Money.ofHryvnias(plan.getMinCost());
        maxCost = Money.ofHryvnias(plan.getMaxCost());
        maxChoices = plan.getMaxChoices();
        votingStyle = plan.getVotingStyle();
    }

    CategoryPlan toPlan() {
        return new CategoryPlan(name, budget.hryvnias(), minCost.hryvnias(), maxCost.hryvnias(), maxChoices, votingStyle);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Money budget() {
        return budget;
    }

    public Money minCost() {
        return minCost;
    }

    public Money maxCost() {
        return maxCost;
    }

    public int maxChoices() {
        return maxChoices;
    }

    public VotingStyle votingStyle() {
        return votingStyle;
    }

    public int position() {
        return position;
    }
}
