package ua.uchast.proposal.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.entity.CycleTerms;

/** Asks the cycle and community components what a project in a cycle must fit, as of today. */
@ApplicationScoped
public class CycleTermsSource {

    private CycleCatalog cycles;
    private HromadaCatalog hromadas;

    protected CycleTermsSource() {
    }

    @Inject
    public CycleTermsSource(CycleCatalog cycles, HromadaCatalog hromadas) {
        this.cycles = cycles;
        this.hromadas = hromadas;
    }

    public BudgetCycle cycle(Long cycleId) {
        return cycles.byId(cycleId).orElseThrow(NotFoundException::new);
    }

    /** Refuses anything new in a cycle of a suspended hromada (its pages stay, nothing is deleted). */
    public void requireActiveHromada(Long cycleId) {
        hromadas.requireActive(cycle(cycleId).hromadaId());
    }

    public CycleTerms termsOf(Long cycleId) {
        return termsOf(cycle(cycleId));
    }

    public CycleTerms termsOf(BudgetCycle cycle) {
        return termsOf(cycle, cycles.phaseOf(cycle));
    }

    /** The terms as they are (or were) while the cycle is in {@code phase}. */
    public CycleTerms termsOf(BudgetCycle cycle, Phase phase) {
        Map<Long, CycleTerms.CostRange> ranges = new LinkedHashMap<>();
        for (BudgetCategory category : cycle.categories()) {
            ranges.put(category.id(), new CycleTerms.CostRange(category.minCost(), category.maxCost()));
        }
        Set<Long> territoryIds = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new).territories().stream()
                .map(Territory::id).collect(Collectors.toSet());
        return new CycleTerms(phase, ranges, territoryIds, cycle.rules().supportersThreshold());
    }
}
