package ua.uchast.proposal.boundary;

import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectEvent;
import ua.uchast.proposal.entity.ProjectTransition;

/**
 * Fired in the transaction of a decision about a project; the author is e-mailed only if that transaction commits
 * (a decision rolled back sends nothing).
 */
public record ProjectDecided(Long projectId, String title, String authorName, String authorEmail, ProjectEvent event,
        String reason) {

    /** The project's latest history entry, as the author is told of it. */
    static ProjectDecided latestOf(Project project) {
        ProjectTransition last = project.history().get(project.history().size() - 1);
        return new ProjectDecided(project.id(), project.title(), project.authorName(), project.contactEmail(), last.event(),
                last.publicReason());
    }
}
