package ua.uchast.voting.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.entity.VotingStyle;
import ua.uchast.platform.entity.Money;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;
import ua.uchast.voting.boundary.VotingBooth;
import ua.uchast.voting.entity.BallotForm;

/**
 * A cycle's ballot as cards, shared by every open ballot page and kept for half a minute: the ballot is fixed once
 * voting opens, and a copy per page (200 cards with their summaries, in every view of every voter's session) filled
 * the server's memory under load.
 */
@ApplicationScoped
public class BallotCards {

    private static final Duration KEPT = Duration.ofSeconds(30);

    /** A project as its card on the ballot shows it. */
    public record Card(Long projectId, int number, String title, String territory, Money cost, String summary, Long photoId) {
    }

    /** A category as the ballot shows it. */
    public record CategoryView(Long id, String name, VotingStyle style, int maxChoices, Money budget, List<Card> cards) {

        public boolean knapsack() {
            return style == VotingStyle.WITHIN_BUDGET;
        }
    }

    private record Kept(long until, List<CategoryView> categories) {
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();
    private VotingBooth booth;
    private ProjectCatalogue projects;

    protected BallotCards() {
    }

    @Inject
    public BallotCards(VotingBooth booth, ProjectCatalogue projects) {
        this.booth = booth;
        this.projects = projects;
    }

    public List<CategoryView> of(Long cycleId, Hromada hromada) {
        long now = System.nanoTime();
        Kept known = kept.get(cycleId);
        if (known != null && known.until() - now > 0) {
            return known.categories();
        }
        kept.values().removeIf(entry -> entry.until() - now <= 0);
        List<CategoryView> categories = read(cycleId, hromada);
        kept.put(cycleId, new Kept(now + KEPT.toNanos(), categories));
        return categories;
    }

    private List<CategoryView> read(Long cycleId, Hromada hromada) {
        BallotForm form = booth.ballotOf(cycleId);
        List<Long> ids = form.categories().stream().flatMap(category -> category.projects().stream())
                .map(BallotForm.Entry::projectId).toList();
        Map<Long, Project> byId = new HashMap<>();
        projects.byIds(ids).forEach(project -> byId.put(project.id(), project));
        Map<Long, Long> photos = projects.firstPhotoIds(ids);
        return form.categories().stream().map(category -> new CategoryView(category.id(), category.name(),
                category.style(), category.maxChoices(), category.budget(), category.projects().stream().map(entry -> {
                    Project project = byId.get(entry.projectId());
                    return new Card(entry.projectId(), entry.number(), entry.title(),
                            hromada.territoryName(project.territoryId()), entry.cost(), project.summary(),
                            photos.get(entry.projectId()));
                }).toList())).toList();
    }
}
