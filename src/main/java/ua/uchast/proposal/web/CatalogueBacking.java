package ua.uchast.proposal.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.PageNumbers;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectFilter;
import ua.uchast.proposal.control.CatalogueQuery;
import ua.uchast.proposal.control.CatalogueSort;
import ua.uchast.proposal.control.Page;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.results.boundary.PublishedResults;

/**
 * A cycle's public catalogue: filters, search, sort and pages (from 1), all in the URL so every view can be linked to.
 * A page past the last one is not found; a malformed parameter is a bad address ({@code BadAddressListener}).
 */
@Named
@RequestScoped
public class CatalogueBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    ProjectCatalogue catalogue;

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    @Inject
    PublishedResults publishedResults;

    private final ProjectFilter filter = new ProjectFilter();
    private String text;
    private CatalogueSort sort;
    private Integer page;
    private BudgetCycle cycle;
    private Hromada hromada;
    private Page<Project> results;
    private Map<Long, Long> photoIds;
    private Optional<Map<Long, Long>> votes;

    public void load() {
        cycle = cycles.byId(filter.getCycleId()).orElseThrow(NotFoundException::new);
        hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
        Set<ProjectStatus> statuses = filter.getStatus() == null || !filter.getStatus().isPublic() ? ProjectStatus.PUBLIC
                : EnumSet.of(filter.getStatus());
        page = PageNumbers.requested(page);
        votes = publishedResults.publicVotes(cycle.id());
        results = catalogue.page(new CatalogueQuery(filter.getCycleId(), filter.getCategoryId(), filter.getTerritoryId(), statuses, text,
                sort == null ? CatalogueSort.NEWEST : sort, page - 1, PAGE_SIZE), votes);
        PageNumbers.requireWithin(page, results.pageCount());
        photoIds = catalogue.firstPhotoIds(results.items().stream().map(Project::id).toList());
    }

    public String categoryName(Long id) {
        return cycle.categories().stream().filter(category -> category.id().equals(id)).map(BudgetCategory::name).findFirst().orElse("");
    }

    public String territoryName(Long id) {
        return territoryNames().getOrDefault(id, "");
    }

    private Map<Long, String> territoryNames() {
        return hromada.territories().stream().collect(Collectors.toMap(Territory::id, Territory::name));
    }

    public Long photoOf(Project project) {
        return photoIds.get(project.id());
    }

    public List<ProjectStatus> getStatuses() {
        return List.copyOf(ProjectStatus.PUBLIC);
    }

    /** Sorting by votes is offered only while there are votes the public may see. */
    public List<CatalogueSort> getSorts() {
        return Arrays.stream(CatalogueSort.values()).filter(option -> option != CatalogueSort.VOTES || votes.isPresent()).toList();
    }

    /** The project's votes, when the public may see them; null otherwise. */
    public Long votesOf(Project project) {
        return votes.map(counts -> counts.get(project.id())).orElse(null);
    }

    public BudgetCycle getCycle() {
        return cycle;
    }

    public Hromada getHromada() {
        return hromada;
    }

    public Page<Project> getResults() {
        return results;
    }

    public ProjectFilter getFilter() {
        return filter;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public CatalogueSort getSort() {
        return sort;
    }

    public void setSort(CatalogueSort sort) {
        this.sort = sort;
    }

    /** The page shown, counted from 1 as in the address ({@code page=2}). */
    public Integer getPage() {
        return page;
    }

    /** At least one: an empty catalogue is one page saying so. */
    public int getPageCount() {
        return Math.max(1, results.pageCount());
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
