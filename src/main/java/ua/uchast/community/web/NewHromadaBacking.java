package ua.uchast.community.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.community.boundary.HromadaOnboarding;
import ua.uchast.community.boundary.HromadaOnboarding.Opened;
import ua.uchast.community.boundary.NewHromada;

/**
 * The platform operator opens a hromada (/community/platform/new-hromada); the administrator's one-time password is
 * shown once, on the list the operator returns to.
 */
@Named
@RequestScoped
public class NewHromadaBacking {

    @Inject
    HromadaOnboarding onboarding;

    private final NewHromada form = new NewHromada();

    public void open() throws IOException {
        Opened opened = onboarding.open(form);
        Messages.addFlashGlobalInfo("platform.opened", opened.hromada().nameUk(), opened.administratorUsername(),
                opened.oneTimePassword());
        Faces.redirect("community/platform/hromadas");
    }

    public NewHromada getForm() {
        return form;
    }
}
