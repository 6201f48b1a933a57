package ua.uchast.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Faces;

/**
 * An address whose parameters a page cannot take (letters for an id, an unknown sort order, a required one missing)
 * is the visitor's mistake: it gets the "wrong address" page with status 400 instead of a page rendered without its
 * subject, which would fail as an error of ours.
 */
public class BadAddressListener implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            Faces.responseSendError(HttpServletResponse.SC_BAD_REQUEST, "error.400.title");
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before validation
    }
}
