package ua.uchast.cycle.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.web.Ids;

/** A draft's own page: publish it for everyone, or delete it. Both are final, so this page is the confirmation. */
@Named
@RequestScoped
public class CycleDraftBacking {

    @Inject
    CycleAdministration administration;

    private String id;
    private BudgetCycle cycle;

    public void load() {
        cycle = administration.cycleToEdit(Ids.parse(id));
    }

    public void publish() throws IOException {
        BudgetCycle published = administration.publish(Ids.parse(id));
        Messages.addFlashGlobalInfo("cycle.published", published.title());
        Faces.redirect("cycle/admin/cycles");
    }

    public void delete() throws IOException {
        String title = administration.cycleToEdit(Ids.parse(id)).title();
        administration.deleteDraft(Ids.parse(id));
        Messages.addFlashGlobalInfo("cycle.deleted", title);
        Faces.redirect("cycle/admin/cycles");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BudgetCycle getCycle() {
        return cycle;
    }
}
