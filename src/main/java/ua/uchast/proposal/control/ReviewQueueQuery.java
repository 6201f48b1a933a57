package ua.uchast.proposal.control;

import java.time.LocalDateTime;
import java.util.Set;

import ua.uchast.proposal.entity.ProjectStatus;

/** The commission's queue in one hromada: optional filters, and "in this status since before" for the age in queue. */
public record ReviewQueueQuery(Long hromadaId, Long cycleId, Long categoryId, Long territoryId, Set<ProjectStatus> statuses,
        LocalDateTime waitingSince, int maxResults) {
}
