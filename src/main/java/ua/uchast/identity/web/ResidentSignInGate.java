package ua.uchast.identity.web;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.omnifaces.util.Faces;

import ua.uchast.identity.boundary.CurrentResident;

/**
 * Pages for residents only (the project form, "my projects", voting) send a visitor to the residents' sign-in first
 * and remember the page, so that after signing in the resident comes back to it: such a page starts with the view
 * action {@code #{residentGate.admit}}. The sign-in mechanism starts only on its own paths, so the gate redirects there
 * rather than relying on a security constraint (which would go to the staff form).
 */
@Named("residentGate")
@ApplicationScoped
public class ResidentSignInGate {

    private static final String SIGN_IN = "identity/resident/";
    private static final String RETURN_ADDRESS = "uchast.resident.returnAddress";

    @Inject
    CurrentResident currentResident;

    /** True when a resident is signed in; otherwise remembers this page, redirects to sign-in and returns false. */
    public boolean admit() throws IOException {
        if (currentResident.get().isPresent()) {
            return true;
        }
        HttpServletRequest request = Faces.getRequest();
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_ADDRESS, request.getRequestURI() + (query == null ? "" : "?" + query));
        }
        Faces.redirect(SIGN_IN);
        return false;
    }

    /** Where a resident who has just signed in goes: the page remembered here (once, and only on this site), else the given one. */
    static String returnAddress(HttpServletRequest request, String otherwise) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return otherwise;
        }
        Object remembered = session.getAttribute(RETURN_ADDRESS);
        session.removeAttribute(RETURN_ADDRESS);
        return remembered instanceof String address && address.startsWith(request.getContextPath() + "/")
                && !address.startsWith("//") ? address : otherwise;
    }
}
