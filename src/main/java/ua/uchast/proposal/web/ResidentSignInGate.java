package ua.uchast.proposal.web;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.omnifaces.util.Faces;

import ua.uchast.identity.boundary.CurrentResident;

/**
 * Resident pages of this component (the project form, "my projects") send a visitor to the residents' sign-in
 * first. The identity component's mechanism starts the provider's sign-in only on its own paths, so the gate
 * redirects there rather than relying on a security constraint, which would go to the staff form.
 */
@ApplicationScoped
public class ResidentSignInGate {

    static final String SIGN_IN = "identity/resident/";

    @Inject
    CurrentResident currentResident;

    /** True when a resident is signed in; otherwise redirects to sign-in and returns false. */
    public boolean admit() throws IOException {
        if (currentResident.get().isPresent()) {
            return true;
        }
        Faces.redirect(SIGN_IN);
        return false;
    }
}
