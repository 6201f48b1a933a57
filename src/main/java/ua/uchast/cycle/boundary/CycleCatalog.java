package ua.uchast.cycle.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.control.CycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.control.KyivTime;

/**
 * What anyone may read about cycles, and which phase each is in today; other components ask here before acting. Drafts
 * are not here: until an administrator publishes a cycle it exists only for its hromada's staff
 * ({@link CycleAdministration}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CycleCatalog {

    private static final Set<Phase> IN_PROGRESS = EnumSet.of(Phase.SUBMISSION, Phase.REVIEW, Phase.VOTING, Phase.COUNTING,
            Phase.RESULTS);

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
        return cycles.publishedOfHromada(hromadaId);
    }

    public Optional<BudgetCycle> byId(Long cycleId) {
        return cycles.byId(cycleId).filter(BudgetCycle::isPublished);
    }

    /**
     * The cycles residents should see first, newest first: every one in progress (from proposals to results);
     * if none is, the newest that has started, else the next one announced.
     */
    public List<BudgetCycle> currentOf(Long hromadaId) {
        List<BudgetCycle> all = ofHromada(hromadaId);
        LocalDate today = today();
        List<BudgetCycle> inProgress = all.stream().filter(cycle -> IN_PROGRESS.contains(cycle.phaseOn(today))).toList();
        if (!inProgress.isEmpty()) {
            return inProgress;
        }
        return all.stream().filter(cycle -> cycle.phaseOn(today) != Phase.ANNOUNCED).findFirst()
                .or(() -> all.stream().reduce((newer, older) -> older)).stream().toList();
    }

    public Phase phaseOf(BudgetCycle cycle) {
        return cycle.phaseOn(today());
    }

    public LocalDate today() {
        return KyivTime.today(clock);
    }
}
