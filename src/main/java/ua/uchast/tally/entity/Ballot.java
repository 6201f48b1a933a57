package ua.uchast.tally.entity;

import java.util.List;

/**
 * {@code weight} identical anonymous ballots. {@code points} is empty for approval and choose-1 ballots, otherwise it
 * has one entry per project (ordinal ballots list projects best first).
 */
public record Ballot(List<String> projectIds, List<Long> points, long weight) {

    public Ballot {
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        if (!points.isEmpty() && points.size() != projectIds.size()) {
            throw new IllegalArgumentException("points and projects differ in number");
        }
        if (weight < 1) {
            throw new IllegalArgumentException("ballot weight must be positive");
        }
    }

    public static Ballot approval(long weight, String... projectIds) {
        return new Ballot(List.of(projectIds), List.of(), weight);
    }

    /** Points the ballot gives to its {@code index}-th project: its points, or 1 for an approval. */
    public long pointsAt(int index) {
        return points.isEmpty() ? 1 : points.get(index);
    }
}
