package ua.uchast.tally.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.Violations;

/**
 * Projects of a platform cycle that exclude each other (the same site, the same purpose): at most one of them wins,
 * the first the counting rule funds. The reason is published with the rules. Projects are the proposal component's,
 * named by id.
 */
@Entity
@Table(name = "tally_exclusive_group")
@NamedQuery(name = ExclusiveGroup.OF_CYCLE, query = "select g from ExclusiveGroup g where g.cycleId = :cycleId order by g.id")
public class ExclusiveGroup {

    public static final String OF_CYCLE = "ExclusiveGroup.ofCycle";
    public static final int MAX_REASON = 300;
    static final int MIN_PROJECTS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(nullable = false, length = MAX_REASON)
    private String reason;

    @ElementCollection
    @CollectionTable(name = "tally_exclusive_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "project_id", nullable = false)
    @OrderBy
    private List<Long> projectIds = new ArrayList<>();

    @Column(name = "declared_at", nullable = false, updatable = false)
    private LocalDateTime declaredAt;

    protected ExclusiveGroup() {
    }

    private ExclusiveGroup(Long cycleId, List<Long> projectIds, String reason, LocalDateTime declaredAt) {
        this.cycleId = cycleId;
        this.projectIds = projectIds;
        this.reason = reason;
        this.declaredAt = declaredAt;
    }

    /** A group of at least two distinct projects with a reason, or {@code InvalidInputException} saying what is wrong. */
    public static ExclusiveGroup declare(Long cycleId, Collection<Long> projectIds, String reason, LocalDateTime now) {
        List<Long> distinct = new ArrayList<>(new TreeSet<>(projectIds.stream().filter(Objects::nonNull).toList()));
        new Violations().require(distinct.size() >= MIN_PROJECTS, "projects", "tally.groups.tooFew", MIN_PROJECTS)
                .requireText("reason", reason, MAX_REASON).throwIfAny();
        return new ExclusiveGroup(cycleId, distinct, reason.strip(), now);
    }

    /** The same projects as another group of the cycle. */
    public boolean sameProjectsAs(ExclusiveGroup other) {
        return projectIds.equals(other.projectIds);
    }

    /** A flat description for the audit log. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("group", id);
        snapshot.put("projects", List.copyOf(projectIds));
        snapshot.put("reason", reason);
        return snapshot;
    }

    public Long id() {
        return id;
    }

    public Long cycleId() {
        return cycleId;
    }

    public String reason() {
        return reason;
    }

    /** The projects, lowest id first. */
    public List<Long> projectIds() {
        return List.copyOf(projectIds);
    }

    public LocalDateTime declaredAt() {
        return declaredAt;
    }
}
