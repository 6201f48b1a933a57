package ua.uchast.voting.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.voting.control.BallotBoxCounts;

/**
 * Live vote counts (issue 9): only for a cycle whose rules say to show them, and only once its voting has opened;
 * otherwise nothing reveals a count before the results are published. Counted from the ballot box at most every
 * {@link #FRESH_FOR} per instance, so a busy catalogue does not read the whole box on every request.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VoteCounts {

    static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Counted(Map<Long, Long> votes, Instant at) {
    }

    private final Map<Long, Counted> counted = new ConcurrentHashMap<>();
    private CycleCatalog cycles;
    private BallotBoxCounts box;
    private Clock clock;

    protected VoteCounts() {
    }

    @Inject
    public VoteCounts(CycleCatalog cycles, BallotBoxCounts box, Clock clock) {
        this.cycles = cycles;
        this.box = box;
        this.clock = clock;
    }

    /** Votes by project id while a cycle that shows live counts votes (and after, until results replace them). */
    public Optional<Map<Long, Long>> live(Long cycleId) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        if (!cycle.rules().liveCounts() || cycle.isHistoric() || cycles.phaseOf(cycle).compareTo(Phase.VOTING) < 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Counted current = counted.get(cycleId);
        if (current == null || current.at().plus(FRESH_FOR).isBefore(now)) {
            current = new Counted(Map.copyOf(box.votesPerProject(cycleId)), now);
            counted.put(cycleId, current);
        }
        return Optional.of(current.votes());
    }
}
