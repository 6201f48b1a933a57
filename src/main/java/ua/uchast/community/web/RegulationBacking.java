package ua.uchast.community.web;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.platform.entity.NotFoundException;

/** A hromada's regulation on its participatory budget (положення), as its administrator put it: /community/regulation?slug=… */
@Named
@RequestScoped
public class RegulationBacking {

    @Inject
    HromadaCatalog hromadas;

    private String slug;
    private Hromada hromada;

    public void load() {
        hromada = hromadas.bySlug(slug).filter(Hromada::hasRegulation).orElseThrow(NotFoundException::new);
    }

    /** The text in paragraphs, split at blank lines (each shown escaped). */
    public List<String> getParagraphs() {
        return Arrays.stream(hromada.regulation().split("\\R\\s*\\R")).map(String::strip).filter(text -> !text.isEmpty())
                .toList();
    }

    public Hromada getHromada() {
        return hromada;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
