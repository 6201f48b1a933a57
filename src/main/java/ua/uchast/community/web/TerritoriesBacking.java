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
import ua.uchast.community.entity.Katottg;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;

/** An administrator's list of settlements and districts, with a form to add one and one to set a KATOTTG code. */
@Named
@RequestScoped
public class TerritoriesBacking {

    @Inject
    TerritoryAdministration administration;

    private List<Territory> territories;
    private String name;
    private TerritoryKind kind = TerritoryKind.SETTLEMENT;
    private String katottg;
    private Long recodedId;
    private String newKatottg;

    @PostConstruct
    void load() {
        territories = administration.territoriesOfMyHromada();
    }

    public void add() throws IOException {
        Territory added = administration.add(name, kind, katottg);
        Messages.addFlashGlobalInfo("territory.added", added.name());
        Faces.redirect(Faces.getRequestURI());
    }

    public void recode() throws IOException {
        Territory recoded = administration.recode(recodedId, newKatottg);
        Messages.addFlashGlobalInfo("territory.recoded", recoded.name());
        Faces.redirect(Faces.getRequestURI());
    }

    /** The territory's KATOTTG code, or a dash. */
    public String codeOf(Territory territory) {
        return territory.katottg().map(Katottg::code).orElse("—");
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

    public String getKatottg() {
        return katottg;
    }

    public void setKatottg(String katottg) {
        this.katottg = katottg;
    }

    public Long getRecodedId() {
        return recodedId;
    }

    public void setRecodedId(Long recodedId) {
        this.recodedId = recodedId;
    }

    public String getNewKatottg() {
        return newKatottg;
    }

    public void setNewKatottg(String newKatottg) {
        this.newKatottg = newKatottg;
    }

    public TerritoryKind getKind() {
        return kind;
    }

    public void setKind(TerritoryKind kind) {
        this.kind = kind;
    }
}
