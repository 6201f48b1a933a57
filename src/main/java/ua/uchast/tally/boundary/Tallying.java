package ua.uchast.tally.boundary;

import java.util.concurrent.Executor;

import ua.uchast.tally.control.EqualSharesTally;
import ua.uchast.tally.control.GreedyTally;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * Tallies one budget pool. Plain Java on purpose: the command-line tool and {@link TallyAdministration} create it
 * without a container. In the application server it runs on the request's thread; the command-line tool may give it
 * an executor to compute Equal Shares runs in parallel.
 */
public class Tallying {

    private final GreedyTally greedy = new GreedyTally();
    private final EqualSharesTally equalShares;

    /** Everything on the calling thread. */
    public Tallying() {
        this.equalShares = new EqualSharesTally();
    }

    /** Equal Shares computes the runs for {@code lookAhead} consecutive per-voter budgets at once on the executor. */
    public Tallying(Executor executor, int lookAhead) {
        this.equalShares = new EqualSharesTally(executor, lookAhead);
    }

    public TallyResult tally(PbElection election, CountingRule rule, TieOrderRule tieOrder) {
        return tally(election, TallyOptions.of(rule, tieOrder));
    }

    public TallyResult tally(PbElection election, TallyOptions options) {
        return options.rule().equalShares() ? equalShares.tally(election, options) : greedy.tally(election, options);
    }
}
