package ua.uchast.voting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An accepted project's short number in its category on the ballot, fixed when voting opens. */
@Entity
@Table(name = "ballot_entry")
public class BallotEntry {

    @Id
    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "category_id", nullable = false, updatable = false)
    private Long categoryId;

    @Column(nullable = false, updatable = false)
    private int number;

    protected BallotEntry() {
    }

    public BallotEntry(Long projectId, Long cycleId, Long categoryId, int number) {
        this.projectId = projectId;
        this.cycleId = cycleId;
        this.categoryId = categoryId;
        this.number = number;
    }

    public Long projectId() {
        return projectId;
    }

    public Long cycleId() {
        return cycleId;
    }

    public Long categoryId() {
        return categoryId;
    }

    public int number() {
        return number;
    }
}
