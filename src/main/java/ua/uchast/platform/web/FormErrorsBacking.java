package ua.uchast.platform.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.selectonemenu.SelectOneMenu;

/**
 * The error summary a refused form opens with (in the template): each field at fault by its label with its message,
 * linked to the field, so a keyboard or screen-reader user hears at once what to fix and gets there in one step.
 */
@Named
@RequestScoped
public class FormErrorsBacking {

    /** One field at fault: the element to put the cursor in, the field's label, what is wrong. */
    public record FieldError(String target, String label, String message) {
    }

    private List<FieldError> errors;

    public List<FieldError> getErrors() {
        if (errors == null) {
            // finding the fields asks whether the summary itself is shown, which asks here again: none yet
            errors = List.of();
            errors = collect(FacesContext.getCurrentInstance());
        }
        return errors;
    }

    private static List<FieldError> collect(FacesContext context) {
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            String message = context.getMessageList(clientId).stream()
                    .filter(fault -> fault.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                    .map(FacesMessage::getSummary).findFirst().orElse(null);
            if (message != null) {
                errors.add(describe(context, clientId, message));
            }
        }
        return errors;
    }

    private static FieldError describe(FacesContext context, String clientId, String message) {
        FieldError[] found = {new FieldError(clientId, null, message)};
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context, List.of(clientId), null),
                (visit, component) -> {
                    found[0] = new FieldError(targetOf(component, clientId), (String) component.getAttributes().get("label"),
                            message);
                    return VisitResult.COMPLETE;
                });
        return found[0];
    }

    /** PrimeFaces draws some fields around an inner element: the date picker's text box, the select's focus box. */
    private static String targetOf(UIComponent component, String clientId) {
        return component instanceof DatePicker ? clientId + "_input"
                : component instanceof SelectOneMenu ? clientId + "_focus" : clientId;
    }
}
