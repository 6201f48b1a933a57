package ua.uchast.voting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.voting.control.RegisterCounts;
import ua.uchast.voting.entity.RegisterTotals;

/**
 * Counts of who voted in a cycle, from the voter register alone (never joined with the ballot box), for the results'
 * statistics: in all and by channel, age band, gender, territory and day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoterStatistics {

    private CycleCatalog cycles;
    private RegisterCounts counts;

    protected VoterStatistics() {
    }

    @Inject
    public VoterStatistics(CycleCatalog cycles, RegisterCounts counts) {
        this.cycles = cycles;
        this.counts = counts;
    }

    public RegisterTotals of(Long cycleId) {
        cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        return counts.of(cycleId);
    }
}
