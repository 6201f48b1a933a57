package ua.uchast.tally.boundary;

import java.util.List;
import java.util.Optional;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.proposal.entity.Project;
import ua.uchast.tally.entity.ExclusiveGroup;

/**
 * A cycle's groups of mutually exclusive projects, the accepted projects they may be declared among, and whether they
 * may still change (until voting opens).
 */
public record CycleExclusiveGroups(BudgetCycle cycle, List<Project> acceptedProjects, List<ExclusiveGroup> groups,
        boolean editable) {

    public CycleExclusiveGroups {
        acceptedProjects = List.copyOf(acceptedProjects);
        groups = List.copyOf(groups);
    }

    public Optional<Project> project(Long projectId) {
        return acceptedProjects.stream().filter(project -> project.id().equals(projectId)).findFirst();
    }
}
