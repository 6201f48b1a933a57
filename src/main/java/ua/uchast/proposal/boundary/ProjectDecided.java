package ua.uchast.proposal.boundary;

import ua.uchast.proposal.entity.ProjectEvent;

/**
 * Fired in the transaction of a decision about a project; the author is e-mailed once that transaction has committed
 * (a decision rolled back sends nothing).
 */
public record ProjectDecided(Long projectId, String title, String authorName, String authorEmail, ProjectEvent event,
        String reason) {
}
