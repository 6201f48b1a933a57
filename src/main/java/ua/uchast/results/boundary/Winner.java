package ua.uchast.results.boundary;

/** A winning project of a cycle's current published result: what implementation tracking starts from. */
public record Winner(Long projectId, Long categoryId, String categoryName, String title, long cost, long votes) {
}
