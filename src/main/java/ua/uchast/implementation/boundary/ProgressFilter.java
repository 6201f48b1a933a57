package ua.uchast.implementation.boundary;

import java.io.Serializable;

import ua.uchast.implementation.entity.ImplementationStatus;

/** The filters of the implementation list, taken from its URL: cycle, status, territory; none means all. */
public class ProgressFilter implements Serializable {

    private Long cycleId;
    private ImplementationStatus status;
    private Long territoryId;

    public boolean admits(WinnerProgress winner) {
        return (cycleId == null || cycleId.equals(winner.cycle().id()))
                && (status == null || status == winner.implementation().status())
                && (territoryId == null || territoryId.equals(winner.project().territoryId()));
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public void setStatus(ImplementationStatus status) {
        this.status = status;
    }

    public Long getTerritoryId() {
        return territoryId;
    }

    public void setTerritoryId(Long territoryId) {
        this.territoryId = territoryId;
    }
}
