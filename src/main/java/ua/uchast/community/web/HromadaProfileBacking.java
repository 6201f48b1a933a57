package ua.uchast.community.web;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaProfileAdministration;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaProfile;
import ua.uchast.platform.control.PhotoInspection;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.web.Uploads;

/** An administrator's page for their hromada's profile (/community/admin/profile) and logo. */
@Named
@RequestScoped
public class HromadaProfileBacking {

    @Inject
    HromadaProfileAdministration administration;

    @Inject
    PhotoInspection photos;

    private Hromada hromada;
    private HromadaProfile profile;
    private Part logo;

    @PostConstruct
    void load() {
        hromada = administration.myHromada();
        profile = hromada.profile();
    }

    public void save() throws IOException {
        administration.revise(profile);
        Messages.addFlashGlobalInfo("hromada.profile.saved");
        Faces.redirect(Faces.getRequestURI());
    }

    public void uploadLogo() throws IOException {
        administration.replaceLogo(Uploads.read(logo, photos.maxBytes())
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("logo", "upload.empty"))));
        Messages.addFlashGlobalInfo("hromada.logo.saved");
        Faces.redirect(Faces.getRequestURI());
    }

    public void removeLogo() throws IOException {
        administration.removeLogo();
        Messages.addFlashGlobalInfo("hromada.logo.removed");
        Faces.redirect(Faces.getRequestURI());
    }

    public Hromada getHromada() {
        return hromada;
    }

    public HromadaProfile getProfile() {
        return profile;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }
}
