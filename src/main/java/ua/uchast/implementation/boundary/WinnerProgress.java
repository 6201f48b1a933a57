package ua.uchast.implementation.boundary;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.implementation.entity.Implementation;
import ua.uchast.proposal.entity.Project;

/**
 * A winning project with how its implementation stands: its record (a planned one, not stored, while nobody has acted
 * on it), its cycle, the name of its territory, and whether it is overdue today.
 */
public record WinnerProgress(Project project, Implementation implementation, BudgetCycle cycle, String territoryName,
        boolean overdue) {

    public Long projectId() {
        return project.id();
    }
}
