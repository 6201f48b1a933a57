package ua.uchast.proposal.control;

/**
 * Orders the catalogue offers. Sorting by votes joins in once the voting component publishes results: it adds a
 * constant here and its ORDER BY in {@link JpaProjectRepository#orderBy}.
 */
public enum CatalogueSort {
    NEWEST("p.submittedAt desc, p.id desc"),
    COST_ASCENDING("p.totalCost asc, p.id asc"),
    COST_DESCENDING("p.totalCost desc, p.id desc");

    final String jpql;

    CatalogueSort(String jpql) {
        this.jpql = jpql;
    }
}
