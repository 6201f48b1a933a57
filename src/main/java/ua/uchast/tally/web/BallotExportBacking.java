package ua.uchast.tally.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.platform.web.Ids;
import ua.uchast.tally.boundary.BallotFile;
import ua.uchast.tally.boundary.TallyAdministration;

/** Sends a category's anonymised ballots as a .pb download. */
@Named
@RequestScoped
public class BallotExportBacking {

    @Inject
    TallyAdministration administration;

    private String id;
    private String category;

    public void download() throws IOException {
        BallotFile file = administration.exportBallots(Ids.parse(id), Ids.parse(category));
        Faces.sendFile(file.content(), file.fileName(), true);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
