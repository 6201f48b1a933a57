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
import ua.uchast.platform.boundary.AccessDeniedException;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

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

    private Long cycleId;
    private Long categoryId;
    private Long territoryId;
    private ProjectStatus status;
    private Integer waitingDays;
    private List<Project> projects;
    private List<BudgetCycle> hromadaCycles;
    private List<Territory> territories;

    public void load() {
        Long hromadaId = currentStaff.get().orElseThrow(AccessDeniedException::new).hromadaId();
        hromadaCycles = cycles.ofHromada(hromadaId);
        territories = hromadas.byId(hromadaId).orElseThrow(AccessDeniedException::new).territories();
        if (cycleId == null) {
            cycleId = cycles.currentOf(hromadaId).stream().findFirst().map(BudgetCycle::id).orElse(null);
        }
        projects = desk.queue(new QueueFilter(cycleId, categoryId, territoryId,
                status == null ? ProjectStatus.IN_MODERATION : EnumSet.of(status), waitingDays));
    }

    public List<BudgetCategory> getCategories() {
        return hromadaCycles.stream().filter(cycle -> cycle.id().equals(cycleId)).findFirst().map(BudgetCycle::categories)
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

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Integer getWaitingDays() {
        return waitingDays;
    }

    public void setWaitingDays(Integer waitingDays) {
        this.waitingDays = waitingDays;
    }
}
