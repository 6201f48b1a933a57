package ua.uchast.results.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.results.control.ResultRepository;
import ua.uchast.results.entity.CategoryResult;
import ua.uchast.results.entity.ProjectLine;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.VersionDifference;
import ua.uchast.results.entity.VersionSummary;
import ua.uchast.voting.boundary.VoteCounts;

/**
 * What anyone may read of published results: a cycle's current version or any earlier one, the list of versions, what
 * a correction changed, the current results of a hromada's cycles (for comparing years), the winners, and the votes
 * the public may see of each project.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedResults {

    private ResultRepository results;
    private VoteCounts voteCounts;
    private ProjectCatalogue projects;

    protected PublishedResults() {
    }

    @Inject
    public PublishedResults(ResultRepository results, VoteCounts voteCounts, ProjectCatalogue projects) {
        this.results = results;
        this.voteCounts = voteCounts;
        this.projects = projects;
    }

    /** The current version; empty while nothing is published. */
    public Optional<PublishedResult> current(Long cycleId) {
        return results.latestNumber(cycleId).flatMap(number -> results.version(cycleId, number));
    }

    public Optional<PublishedResult> version(Long cycleId, int number) {
        return results.version(cycleId, number);
    }

    /** Newest first; the first is the current one. */
    public List<VersionSummary> versions(Long cycleId) {
        return results.versions(cycleId);
    }

    /** What version {@code number} changed against the one before it; empty for the first version or an unknown one. */
    public Optional<VersionDifference> difference(Long cycleId, int number) {
        return results.version(cycleId, number).flatMap(later -> results.version(cycleId, number - 1)
                .map(earlier -> VersionDifference.between(earlier, later)));
    }

    /** The current version of each of the hromada's published cycles, oldest cycle first. */
    public List<PublishedResult> currentOfHromada(Long hromadaId) {
        return results.currentOfHromada(hromadaId);
    }

    /** The projects that won in the current version, category by category; empty while nothing is published. */
    public List<Winner> winners(Long cycleId) {
        return current(cycleId).map(result -> result.categories().stream().flatMap(category -> category.winners().stream()
                .filter(line -> line.projectId() != null).map(line -> winner(category, line))).toList()).orElse(List.of());
    }

    /**
     * The votes of each project (by proposal id) the public may see: the current published result, or, before it, the
     * live counts of a cycle that shows them while voting runs (0 for a project on the ballot nobody chose); empty when no
     * count may be shown.
     */
    public Optional<Map<Long, Long>> publicVotes(Long cycleId) {
        Optional<Map<Long, Long>> counted = current(cycleId).<Map<Long, Long>>map(result -> result.lines().stream()
                .filter(line -> line.projectId() != null).collect(Collectors.toMap(ProjectLine::projectId, ProjectLine::votes)))
                .or(() -> voteCounts.live(cycleId));
        return counted.map(found -> {
            Map<Long, Long> votes = new HashMap<>();
            projects.onBallot(cycleId).forEach(project -> votes.put(project.id(), 0L));
            votes.putAll(found);
            return votes;
        });
    }

    private static Winner winner(CategoryResult category, ProjectLine line) {
        return new Winner(line.projectId(), category.categoryId(), category.name(), line.title(), line.cost(), line.votes());
    }
}
