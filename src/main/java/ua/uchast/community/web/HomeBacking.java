package ua.uchast.community.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;

/** The home page: every hromada with its current cycle and what residents can do in it now. */
@Named
@RequestScoped
public class HomeBacking {

    public record CycleLine(BudgetCycle cycle, Phase phase) {
    }

    public record HromadaCard(Hromada hromada, List<CycleLine> cycles) {
    }

    @Inject
    HromadaCatalog hromadas;

    @Inject
    CycleCatalog cycles;

    private List<HromadaCard> cards;

    @PostConstruct
    void load() {
        cards = hromadas.all().stream().map(hromada -> new HromadaCard(hromada, cycles.currentOf(hromada.id()).stream()
                .map(cycle -> new CycleLine(cycle, cycles.phaseOf(cycle))).toList())).toList();
    }

    public List<HromadaCard> getCards() {
        return cards;
    }
}
