package ua.uchast.moderation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.proposal.boundary.ProjectFilter;
import ua.uchast.proposal.boundary.ProjectReviewing;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

/** The commission's review queue, filtered through the URL (cycle, category, territory, status, days waiting). */
@Named
@RequestScoped
public class ReviewQueueBacking {

    @Inject
    ProjectReviewing reviewing;

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
    private Hromada hromada;

    public void load() {
        Long hromadaId = currentStaff.get().orElseThrow(AccessDeniedException::new).hromadaId();
        hromadaCycles = cycles.ofHromada(hromadaId);
        hromada = hromadas.byId(hromadaId).orElseThrow(AccessDeniedException::new);
        if (filter.getCycleId() == null) {
            filter.setCycleId(cycles.currentOf(hromadaId).stream().findFirst().map(BudgetCycle::id).orElse(null));
        }
        projects = reviewing.queue(filter, waitingDays);
    }

    private BudgetCycle selectedCycle() {
        return hromadaCycles.stream().filter(cycle -> cycle.id().equals(filter.getCycleId())).findFirst().orElse(null);
    }

    public List<BudgetCategory> getCategories() {
        BudgetCycle cycle = selectedCycle();
        return cycle == null ? List.of() : cycle.categories();
    }

    public String categoryName(Long id) {
        BudgetCycle cycle = selectedCycle();
        return cycle == null ? "" : cycle.categoryName(id);
    }

    public String territoryName(Long id) {
        return hromada.territoryName(id);
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
        return hromada.territories();
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
