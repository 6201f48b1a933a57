package ua.uchast.community.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.NotFoundException;

/**
 * A hromada's public page, addressed by its slug: its profile (logo, description, contacts, regulation), its
 * settlements and all its cycles; and, while the platform operator has suspended it, a notice saying so.
 */
@Named
@RequestScoped
public class HromadaBacking {

    @Inject
    HromadaCatalog hromadas;

    @Inject
    CycleCatalog cycles;

    private String slug;
    private Hromada hromada;
    private List<BudgetCycle> hromadaCycles;

    public void load() {
        hromada = hromadas.bySlug(slug).orElseThrow(NotFoundException::new);
        hromadaCycles = cycles.ofHromada(hromada.id());
    }

    public boolean isLogoShown() {
        return hromadas.hasLogo(hromada.id());
    }

    public Phase phaseOf(BudgetCycle cycle) {
        return cycles.phaseOf(cycle);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Hromada getHromada() {
        return hromada;
    }

    public List<BudgetCycle> getCycles() {
        return hromadaCycles;
    }
}
