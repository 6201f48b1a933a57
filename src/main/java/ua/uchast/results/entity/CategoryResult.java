package ua.uchast.results.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A category of a published result: its budget and what was spent, how many ballots chose in it, every project in the
 * order the rule considered it, the ties and, for Equal Shares, each voter's share and the comparison step's count.
 * {@code counted} is false when nobody chose anything in it (then every project is listed as not funded).
 */
@Entity
@Table(name = "result_category")
public class CategoryResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private PublishedResult result;

    @Column(name = "category_id", nullable = false, updatable = false)
    private Long categoryId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, length = 120, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private long budget;

    @Column(nullable = false, updatable = false)
    private long spent;

    @Column(nullable = false, updatable = false)
    private long ballots;

    @Column(nullable = false, updatable = false)
    private boolean counted;

    @Column(name = "per_voter_budget", updatable = false)
    private Long perVoterBudget;

    @Column(name = "voters_for_equal_shares", updatable = false)
    private Long votersForEqualShares;

    @Column(name = "voters_for_greedy", updatable = false)
    private Long votersForGreedy;

    @Column(name = "greedy_by_comparison", updatable = false)
    private Boolean greedyByComparison;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_line", joinColumns = @JoinColumn(name = "category_row_id"))
    @OrderColumn(name = "line_no")
    private List<ProjectLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_tie", joinColumns = @JoinColumn(name = "category_row_id"))
    @OrderColumn(name = "tie_no")
    private List<TieLine> ties = new ArrayList<>();

    protected CategoryResult() {
    }

    /** How Equal Shares ended in a category: each voter's share, and the comparison step's counts (null without one). */
    public record EqualShares(long perVoterBudget, Long votersForEqualShares, Long votersForGreedy, Boolean greedyByComparison) {
    }

    public CategoryResult(Long categoryId, int position, String name, long budget, long spent, long ballots, boolean counted,
            EqualShares equalShares, List<ProjectLine> lines, List<TieLine> ties) {
        this.categoryId = categoryId;
        this.position = position;
        this.name = name;
        this.budget = budget;
        this.spent = spent;
        this.ballots = ballots;
        this.counted = counted;
        if (equalShares != null) {
            this.perVoterBudget = equalShares.perVoterBudget();
            this.votersForEqualShares = equalShares.votersForEqualShares();
            this.votersForGreedy = equalShares.votersForGreedy();
            this.greedyByComparison = equalShares.greedyByComparison();
        }
        this.lines = new ArrayList<>(lines);
        this.ties = new ArrayList<>(ties);
    }

    void belongTo(PublishedResult published) {
        this.result = published;
    }

    /** The winners first, then the rest, each in the order the rule considered them. */
    public List<ProjectLine> winnersFirst() {
        return Stream.concat(lines.stream().filter(ProjectLine::won), lines.stream().filter(line -> !line.won())).toList();
    }

    public List<ProjectLine> winners() {
        return lines.stream().filter(ProjectLine::won).toList();
    }

    /** What the winners cost so far, after each winner in the rule's order: the running budget. */
    public long spentUpTo(ProjectLine line) {
        long spentSoFar = 0;
        for (ProjectLine winner : winners()) {
            spentSoFar += winner.cost();
            if (winner == line) {
                return spentSoFar;
            }
        }
        return spentSoFar;
    }

    public String titleOf(String tallyId) {
        return lines.stream().filter(line -> line.tallyId().equals(tallyId)).map(ProjectLine::title).findFirst().orElse(tallyId);
    }

    public Long categoryId() {
        return categoryId;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public long budget() {
        return budget;
    }

    public long spent() {
        return spent;
    }

    public long left() {
        return budget - spent;
    }

    public long ballots() {
        return ballots;
    }

    public boolean counted() {
        return counted;
    }

    public boolean hasEqualShares() {
        return perVoterBudget != null;
    }

    public Long perVoterBudget() {
        return perVoterBudget;
    }

    public Long votersForEqualShares() {
        return votersForEqualShares;
    }

    public Long votersForGreedy() {
        return votersForGreedy;
    }

    public Boolean greedyByComparison() {
        return greedyByComparison;
    }

    public List<ProjectLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<TieLine> ties() {
        return Collections.unmodifiableList(ties);
    }
}
