package ua.uchast.implementation.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import static ua.uchast.platform.entity.JsonBuilding.JSON;
import jakarta.json.JsonArrayBuilder;

import org.omnifaces.util.Faces;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.implementation.boundary.ProgressCatalogue;
import ua.uchast.implementation.boundary.ProgressFilter;
import ua.uchast.implementation.boundary.WinnerProgress;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.web.LocaleBacking;

/**
 * The hromada's "Реалізація" page (/implementation/hromada?slug=): every winner of every cycle with its status,
 * money spent of planned, and a map; filtered by cycle, status and territory in the URL, so every view can be linked.
 */
@Named
@RequestScoped
public class ImplementationPageBacking {

    @Inject
    HromadaCatalog hromadas;

    @Inject
    CycleCatalog cycles;

    @Inject
    ProgressCatalogue progress;

    private String slug;
    private final ProgressFilter filter = new ProgressFilter();
    private Hromada hromada;
    private List<WinnerProgress> winners;

    public void load() {
        hromada = hromadas.bySlug(slug).orElseThrow(NotFoundException::new);
        winners = progress.ofHromada(hromada.id(), filter);
    }

    public List<BudgetCycle> getCycles() {
        return cycles.ofHromada(hromada.id()).stream().filter(cycle -> !cycle.isHistoric()).toList();
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    public List<Territory> getTerritories() {
        return hromada.territories();
    }

    public Money getPlannedTotal() {
        return winners.stream().map(winner -> winner.implementation().plannedAmount()).reduce(Money.ZERO, Money::plus);
    }

    public Money getSpentTotal() {
        return winners.stream().map(winner -> winner.implementation().spentAmount()).reduce(Money.ZERO, Money::plus);
    }

    public long getOverdueCount() {
        return winners.stream().filter(WinnerProgress::overdue).count();
    }

    /** The winners with a map point, for the map's script: where, what, how it stands and where its page is. */
    public String getMapPoints() {
        JsonArrayBuilder points = JSON.createArrayBuilder();
        String contextPath = Faces.getRequestContextPath();
        winners.stream().filter(winner -> winner.project().latitude() != null && winner.project().longitude() != null)
                .forEach(winner -> points.add(JSON.createObjectBuilder()
                        .add("lat", winner.project().latitude()).add("lon", winner.project().longitude())
                        .add("title", winner.project().title())
                        .add("status", winner.implementation().status().name())
                        .add("label", UiText.format(LocaleBacking.current(), "implementation.status."
                                + winner.implementation().status().name()))
                        .add("url", contextPath + "/proposal/project?id=" + winner.projectId())));
        return points.build().toString();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public ProgressFilter getFilter() {
        return filter;
    }

    public Hromada getHromada() {
        return hromada;
    }

    public List<WinnerProgress> getWinners() {
        return winners;
    }
}
