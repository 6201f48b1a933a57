package ua.uchast.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.identity.boundary.ResidencyAdministration;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * The administrator uploads the hromada's voter list; the file is read in memory and never stored. A saved list is
 * followed by a redirect, so refreshing the page does not send the file again.
 */
@Named
@RequestScoped
public class VoterListBacking {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    ResidencyAdministration administration;

    private Part list;

    public long getCurrentSize() {
        return administration.voterListSizeOfMyHromada();
    }

    public void upload() throws IOException {
        if (list == null || list.getSize() == 0) {
            throw new InvalidInputException(FieldViolation.of("list", "validation.required"));
        }
        if (list.getSize() > MAX_BYTES) {
            throw new InvalidInputException(FieldViolation.of("list", "identity.voterList.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String text;
        try (InputStream content = list.getInputStream()) {
            text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
        Messages.addFlashGlobalInfo("identity.voterList.uploaded", administration.uploadVoterList(text));
        Faces.redirect("identity/admin/voter-list");
    }

    public Part getList() {
        return list;
    }

    public void setList(Part list) {
        this.list = list;
    }
}
