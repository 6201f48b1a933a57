package ua.uchast.results.entity;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ua.uchast.tally.entity.TieCriterion;

/** Projects the rule could not tell apart (by tally id, in the order the tie-break put them) and what decided. */
@Embeddable
public class TieLine {

    @Column(nullable = false, length = 2000)
    private String projects;

    @Column(name = "decided_by", nullable = false, length = 200)
    private String decidedBy;

    protected TieLine() {
    }

    public TieLine(List<String> projectIds, List<TieCriterion> criteria) {
        this.projects = String.join(",", projectIds);
        this.decidedBy = String.join(",", criteria.stream().map(TieCriterion::name).toList());
    }

    public List<String> projectIds() {
        return List.of(projects.split(","));
    }

    public List<TieCriterion> decidedBy() {
        return decidedBy.isEmpty() ? List.of() : Arrays.stream(decidedBy.split(",")).map(TieCriterion::valueOf).toList();
    }
}
