package ua.uchast.results.control;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.control.DemoDataRequested;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.proposal.boundary.ProjectOutcomes;
import ua.uchast.results.entity.PublishedResult;

/**
 * Published results for the demo cycles past their results date (in the results or implementation phase), as their
 * administrators would have published them on that date: results, statistics and a protocol to look at out of the
 * box. A cycle still counting is left for the administrator to publish.
 */
@ApplicationScoped
public class ResultsDemo {

    static final String PUBLISHER = "Адміністратор громади";
    private static final Set<Phase> PUBLISHED = EnumSet.of(Phase.RESULTS, Phase.IMPLEMENTATION);

    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleCatalog cycles;
    @Inject
    ResultCounting counting;
    @Inject
    ResultRepository results;
    @Inject
    ProjectOutcomes outcomes;

    void load(@Observes @Priority(DemoDataRequested.RESULTS) DemoDataRequested request) {
        for (Hromada hromada : hromadas.all()) {
            for (BudgetCycle cycle : cycles.ofHromada(hromada.id())) {
                if (!cycle.isHistoric() && PUBLISHED.contains(cycles.phaseOf(cycle))) {
                    publish(request, hromada, cycle);
                }
            }
        }
    }

    private void publish(DemoDataRequested request, Hromada hromada, BudgetCycle cycle) {
        LocalDateTime at = cycle.phases().resultsDate().atTime(10, 0).atZone(KyivTime.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        PublishedResult published = results.add(counting.count(cycle, hromada,
                new PublishedResult.Publication(1, at, null, PUBLISHER, null), Optional.empty()));
        outcomes.recordInDemo(request, cycle.id(), ResultCounting.winnersOf(published.categories()), PUBLISHER, at);
    }
}
