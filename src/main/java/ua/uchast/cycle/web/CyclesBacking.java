package ua.uchast.cycle.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;

/** An administrator's list of their hromada's cycles. */
@Named
@RequestScoped
public class CyclesBacking {

    @Inject
    CycleAdministration administration;

    @Inject
    CycleCatalog catalog;

    private List<BudgetCycle> cycles;

    @PostConstruct
    void load() {
        cycles = administration.cyclesOfMyHromada();
    }

    public Phase phaseOf(BudgetCycle cycle) {
        return catalog.phaseOf(cycle);
    }

    public List<BudgetCycle> getCycles() {
        return cycles;
    }
}
