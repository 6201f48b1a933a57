package ua.uchast.proposal.control;

/**
 * Orders the catalogue offers. {@link #VOTES} sorts by the votes the public may see (published results, or live counts
 * while a cycle that shows them votes), which the proposal component does not keep: the caller hands them over
 * ({@link ProjectRepository#catalogue(CatalogueQuery, java.util.Map)}); without them it falls back to the newest first.
 */
public enum CatalogueSort {
    NEWEST("p.submittedAt desc, p.id desc"),
    COST_ASCENDING("p.totalCost asc, p.id asc"),
    COST_DESCENDING("p.totalCost desc, p.id desc"),
    VOTES("p.submittedAt desc, p.id desc");

    final String jpql;

    CatalogueSort(String jpql) {
        this.jpql = jpql;
    }
}
