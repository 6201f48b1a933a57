package ua.uchast.tally.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.platform.web.Uploads;
import ua.uchast.tally.boundary.TallyAdministration;

/** An administrator imports a past election from a .pb file; the content is judged by parsing it, not by its name. */
@Named
@RequestScoped
public class TallyImportBacking {

    @Inject
    TallyAdministration administration;

    private Part file;
    private String title;

    public void importFile() throws IOException {
        byte[] content = Uploads.read(file, TallyAdministration.MAX_FILE_BYTES).orElse(null);
        BudgetCycle cycle = administration.importHistoricCycle(content, title);
        Messages.addFlashGlobalInfo("tally.import.done", cycle.title());
        Faces.redirect("tally/admin/tally?id=" + cycle.id());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
