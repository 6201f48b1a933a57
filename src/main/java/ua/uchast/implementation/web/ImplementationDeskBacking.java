package ua.uchast.implementation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.implementation.boundary.ImplementationDesk;
import ua.uchast.implementation.boundary.ProgressFilter;
import ua.uchast.implementation.boundary.WinnerProgress;
import ua.uchast.implementation.entity.ImplementationStatus;

/**
 * The staff list of winners to keep up to date (/implementation/staff/projects): all of the hromada's for an
 * administrator, only their own for an executor; filtered by status in the URL.
 */
@Named
@RequestScoped
public class ImplementationDeskBacking {

    @Inject
    ImplementationDesk desk;

    private final ProgressFilter filter = new ProgressFilter();
    private List<WinnerProgress> winners;

    public void load() {
        winners = desk.myWinners(filter);
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public ProgressFilter getFilter() {
        return filter;
    }

    public List<WinnerProgress> getWinners() {
        return winners;
    }
}
