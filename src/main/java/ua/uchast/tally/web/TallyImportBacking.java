package ua.uchast.tally.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.tally.boundary.TallyAdministration;

/** An administrator imports a past election from a .pb file; the content is judged by parsing it, not by its name. */
@Named
@RequestScoped
public class TallyImportBacking {

    @Inject
    TallyAdministration administration;

    private UploadedFile file;
    private String title;

    public void importFile() throws IOException {
        byte[] content = file == null ? null : file.getContent();
        BudgetCycle cycle = administration.importHistoricCycle(content, title);
        Messages.addFlashGlobalInfo("tally.import.done", cycle.title());
        Faces.redirect("tally/admin/tally?id=" + cycle.id());
    }

    public int getMaxFileBytes() {
        return TallyAdministration.MAX_FILE_BYTES;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
