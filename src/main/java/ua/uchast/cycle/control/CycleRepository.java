package ua.uchast.cycle.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.cycle.entity.BudgetCycle;

public interface CycleRepository {

    Optional<BudgetCycle> byId(Long id);

    /** Every cycle of the hromada, drafts included: what its administrators work on. */
    List<BudgetCycle> ofHromada(Long hromadaId);

    /** The hromada's published cycles: what everyone may see. */
    List<BudgetCycle> publishedOfHromada(Long hromadaId);

    boolean yearTaken(Long hromadaId, int year, Long exceptCycleId);

    BudgetCycle add(BudgetCycle cycle);

    void remove(BudgetCycle cycle);

    /** Writes pending changes now, so that database constraints speak inside the caller's transaction. */
    void flush();
}
