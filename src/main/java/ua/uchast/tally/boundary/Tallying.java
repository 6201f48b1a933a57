package ua.uchast.tally.boundary;

import ua.uchast.tally.control.EqualSharesTally;
import ua.uchast.tally.control.GreedyTally;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TallyRule;
import ua.uchast.tally.entity.TieBreak;

/**
 * What the rest of the platform calls to tally one budget pool. Plain Java on purpose: the command-line tool uses it
 * without a container; the application will make it a CDI bean.
 */
public class Tallying {

    private final GreedyTally greedy = new GreedyTally();
    private final EqualSharesTally equalShares = new EqualSharesTally();

    public TallyResult tally(PbElection election, TallyRule rule, TieBreak tieBreak) {
        return tally(election, TallyOptions.of(rule, tieBreak));
    }

    public TallyResult tally(PbElection election, TallyOptions options) {
        return options.rule().equalShares() ? equalShares.tally(election, options)
                : greedy.tally(election, options.rule(), options.tieBreak());
    }
}
