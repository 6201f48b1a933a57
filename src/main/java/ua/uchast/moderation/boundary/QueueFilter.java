package ua.uchast.moderation.boundary;

import java.io.Serializable;
import java.util.Set;

import ua.uchast.proposal.entity.ProjectStatus;

/** Filters of the review queue; null means any. */
public record QueueFilter(Long cycleId, Long categoryId, Long territoryId, Set<ProjectStatus> statuses, Integer waitingDays)
        implements Serializable {
}
