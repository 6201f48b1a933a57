package ua.uchast.identity.web;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.platform.web.ReturnAddress;

/**
 * Pages for residents only (the project form, "my projects", voting) send a visitor to the residents' sign-in first
 * and remember the page, so that after signing in the resident comes back to it: such a page starts with the view
 * action {@code #{residentGate.admit}}. The sign-in mechanism starts only on its own paths, so the gate redirects there
 * rather than relying on a security constraint (which would go to the staff form).
 */
@Named("residentGate")
@ApplicationScoped
public class ResidentSignInGate {

    static final String RETURN_ADDRESS = "uchast.resident.returnAddress";
    private static final String SIGN_IN = "identity/resident/";

    @Inject
    CurrentResident currentResident;

    /** True when a resident is signed in; otherwise remembers this page, redirects to sign-in and returns false. */
    public boolean admit() throws IOException {
        if (currentResident.get().isPresent()) {
            return true;
        }
        ReturnAddress.remember(Faces.getRequest(), RETURN_ADDRESS);
        Faces.redirect(SIGN_IN);
        return false;
    }
}
