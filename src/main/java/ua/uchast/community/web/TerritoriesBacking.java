package ua.uchast.community.web;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.TerritoryAdministration;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;

/** An administrator's list of settlements and districts, with a form to add one. */
@Named
@RequestScoped
public class TerritoriesBacking {

    @Inject
    TerritoryAdministration administration;

    private List<Territory> territories;
    private String name;
    private TerritoryKind kind = TerritoryKind.SETTLEMENT;

    @PostConstruct
    void load() {
        territories = administration.territoriesOfMyHromada();
    }

    public void add() throws IOException {
        Territory added = administration.add(name, kind);
        Messages.addFlashGlobalInfo("territory.added", added.name());
        Faces.redirect(Faces.getRequestURI());
    }

    public TerritoryKind[] getKinds() {
        return TerritoryKind.values();
    }

    public List<Territory> getTerritories() {
        return territories;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TerritoryKind getKind() {
        return kind;
    }

    public void setKind(TerritoryKind kind) {
        this.kind = kind;
    }
}
