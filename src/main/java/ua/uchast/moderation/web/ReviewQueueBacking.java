package ua.uchast.moderation.web;

import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.moderation.boundary.ModerationDesk;
import ua.uchast.moderation.boundary.QueueFilter;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.proposal.web.ProjectFilter;

/** The commission's review queue, filtered through the URL (cycle, category, territory, status, days waiting). */
@Named
@RequestScoped
public class ReviewQueueBacking {

    @Inject
    ModerationDesk desk;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CycleCatalog cycles;

    @Inject
    HromadaCatalog hromadas;

    private final ProjectFilter filter = new ProjectFilter();
    private Integer waitingDays;
    private List<Project> projects;
    private List<BudgetCycle> hromadaCycles;
    private List<Territory> territories;

    public void load() {
        Long hromadaId = currentStaff.get().orElseThrow(AccessDeniedException::new).hromadaId();
        hromadaCycles = cycles.ofHromada(hromadaId);
        territories = hromadas.byId(hromadaId).orElseThrow(AccessDeniedException::new).territories();
        if (filter.getCycleId() == null) {
            filter.setCycleId(cycles.currentOf(hromadaId).stream().findFirst().map(BudgetCycle::id).orElse(null));
        }
        projects = desk.queue(new QueueFilter(filter.getCycleId(), filter.getCategoryId(), filter.getTerritoryId(),
                filter.getStatus() == null ? ProjectStatus.IN_MODERATION : EnumSet.of(filter.getStatus()), waitingDays));
    }

    public List<BudgetCategory> getCategories() {
        return hromadaCycles.stream().filter(cycle -> cycle.id().equals(filter.getCycleId())).findFirst().map(BudgetCycle::categories)
                .orElse(List.of());
    }

    public String categoryName(Long id) {
        return getCategories().stream().filter(category -> category.id().equals(id)).map(BudgetCategory::name).findFirst().orElse("");
    }

    public String territoryName(Long id) {
        return territories.stream().filter(territory -> territory.id().equals(id)).map(Territory::name).findFirst().orElse("");
    }

    public List<ProjectStatus> getStatuses() {
        return List.copyOf(ProjectStatus.PUBLIC);
    }

    public List<Project> getProjects() {
        return projects;
    }

    public List<BudgetCycle> getHromadaCycles() {
        return hromadaCycles;
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public ProjectFilter getFilter() {
        return filter;
    }

    public Integer getWaitingDays() {
        return waitingDays;
    }

    public void setWaitingDays(Integer waitingDays) {
        this.waitingDays = waitingDays;
    }
}
