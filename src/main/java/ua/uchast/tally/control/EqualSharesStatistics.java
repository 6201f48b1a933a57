package ua.uchast.tally.control;

import java.util.concurrent.atomic.LongAdder;

/**
 * What one Equal Shares tally did: how many purchases the floating-point filter decided on its own, and how many times
 * it asked the exact run. One holder per tally (its runs may be computed in parallel, hence the adders).
 */
final class EqualSharesStatistics {

    private final LongAdder filteredDecisions = new LongAdder();
    private final LongAdder exactConsultations = new LongAdder();

    void filteredDecision() {
        filteredDecisions.increment();
    }

    void exactConsultation() {
        exactConsultations.increment();
    }

    long filteredDecisions() {
        return filteredDecisions.sum();
    }

    long exactConsultations() {
        return exactConsultations.sum();
    }
}
