package ua.uchast.cycle.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.control.CycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.control.KyivTime;

/** What anyone may read about cycles, and which phase each is in today; other components ask here before acting. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CycleCatalog {

    private CycleRepository cycles;
    private Clock clock;

    protected CycleCatalog() {
    }

    @Inject
    public CycleCatalog(CycleRepository cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    public List<BudgetCycle> ofHromada(Long hromadaId) {
        return cycles.ofHromada(hromadaId);
    }

    public Optional<BudgetCycle> byId(Long cycleId) {
        return cycles.byId(cycleId);
    }

    /** The cycle residents should see first: the newest that has started, else the next one announced. */
    public Optional<BudgetCycle> currentOf(Long hromadaId) {
        List<BudgetCycle> all = cycles.ofHromada(hromadaId);
        LocalDate today = today();
        return all.stream().filter(cycle -> cycle.phaseOn(today) != Phase.ANNOUNCED).findFirst()
                .or(() -> all.stream().reduce((newer, older) -> older));
    }

    public Phase phaseOf(BudgetCycle cycle) {
        return cycle.phaseOn(today());
    }

    public LocalDate today() {
        return KyivTime.today(clock);
    }
}
