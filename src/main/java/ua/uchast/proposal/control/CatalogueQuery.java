package ua.uchast.proposal.control;

import java.util.Set;

import ua.uchast.proposal.entity.ProjectStatus;

/**
 * One page of a cycle's projects: optional filters (null means any), a search text matched against title and summary,
 * a sort order and a page number from 0.
 */
public record CatalogueQuery(Long cycleId, Long categoryId, Long territoryId, Set<ProjectStatus> statuses, String text,
        CatalogueSort sort, int page, int pageSize) {

    public int firstResult() {
        return page * pageSize;
    }
}
