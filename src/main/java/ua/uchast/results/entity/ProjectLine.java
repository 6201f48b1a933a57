package ua.uchast.results.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ua.uchast.tally.entity.Outcome;

/**
 * One project of a published category: its votes (and points, for ballots that give points), cost, what the rule made
 * of it and the budget left right after its turn. {@code tallyId} is how the count named it (the proposal id of a
 * platform project, the file's id in an imported election); {@code projectId} is set for platform projects only.
 */
@Embeddable
public class ProjectLine {

    @Column(name = "tally_id", nullable = false, length = 100)
    private String tallyId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false)
    private long votes;

    @Column(nullable = false)
    private long score;

    @Column(nullable = false)
    private long cost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Outcome outcome;

    @Column(name = "rule_position", nullable = false)
    private int rulePosition;

    @Column(name = "budget_left", nullable = false)
    private long budgetLeft;

    protected ProjectLine() {
    }

    public ProjectLine(String tallyId, Long projectId, String title, Long territoryId, BigDecimal latitude, BigDecimal longitude,
            long votes, long score, long cost, Outcome outcome, int rulePosition, long budgetLeft) {
        this.tallyId = tallyId;
        this.projectId = projectId;
        this.title = title.length() > 300 ? title.substring(0, 300) : title;
        this.territoryId = territoryId;
        this.latitude = latitude;
        this.longitude = longitude;
        this.votes = votes;
        this.score = score;
        this.cost = cost;
        this.outcome = outcome;
        this.rulePosition = rulePosition;
        this.budgetLeft = budgetLeft;
    }

    public boolean won() {
        return outcome.won();
    }

    public boolean hasPlace() {
        return latitude != null && longitude != null;
    }

    public String tallyId() {
        return tallyId;
    }

    public Long projectId() {
        return projectId;
    }

    public String title() {
        return title;
    }

    public Long territoryId() {
        return territoryId;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public long votes() {
        return votes;
    }

    public long score() {
        return score;
    }

    public long cost() {
        return cost;
    }

    public Outcome outcome() {
        return outcome;
    }

    public int rulePosition() {
        return rulePosition;
    }

    public long budgetLeft() {
        return budgetLeft;
    }
}
