package ua.uchast.proposal.boundary;

import java.io.Serializable;

import ua.uchast.proposal.entity.ProjectStatus;

/** The filters a list of projects takes from its URL: cycle, category, territory, status. */
public class ProjectFilter implements Serializable {

    private Long cycleId;
    private Long categoryId;
    private Long territoryId;
    private ProjectStatus status;

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
}
