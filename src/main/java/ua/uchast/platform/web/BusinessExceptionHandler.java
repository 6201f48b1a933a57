package ua.uchast.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Optional;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.BusinessException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;

/**
 * The one place where refusals from the boundaries become what a person sees: each rejected field gets its message
 * next to the field (the page is shown again with what was typed), a foreign or missing subject gets the 403 or 404
 * page. A form sent after its view expired gets the "page expired" page with a way back, as an ordinary answer (200):
 * nothing went wrong but time. Anything else goes on to the container's error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";
    static final String WAY_BACK = "wayBack";

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable exception = events.next().getContext().getException();
            Optional<BusinessException> refusal = refusalIn(exception);
            if (refusal.isPresent()) {
                events.remove();
                show(context, refusal.get());
            } else if (exception instanceof ViewExpiredException && !context.getPartialViewContext().isAjaxRequest()) {
                events.remove();
                showExpired(context);
            }
        }
        getWrapped().handle();
    }

    private static Optional<BusinessException> refusalIn(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }

    private static void show(FacesContext context, BusinessException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            String formId = Optional.ofNullable(Components.getCurrentForm()).map(UIForm::getClientId).orElse(null);
            for (FieldViolation violation : invalid.violations()) {
                Object[] arguments = violation.arguments().toArray();
                if (violation.field() == null || formId == null) {
                    Messages.addGlobalError(violation.messageKey(), arguments);
                } else {
                    Messages.addError(formId + ":" + clientIdOf(violation.field()), violation.messageKey(), arguments);
                }
            }
            context.validationFailed();
            context.renderResponse();
        } else {
            int status = refusal instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND
                    : refusal instanceof AccessDeniedException ? HttpServletResponse.SC_FORBIDDEN
                    : HttpServletResponse.SC_BAD_REQUEST;
            Faces.responseSendError(status, refusal.messageKey());
        }
    }

    private static void showExpired(FacesContext context) {
        Faces.setRequestAttribute(WAY_BACK, wayBack(Faces.getRequestURI(), Faces.getRequestHeader("Referer"),
                Faces.getRequestHostname()));
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, EXPIRED_VIEW));
        context.renderResponse();
    }

    /** The page the form was on: the referring address when it is that page on this site, else the form's own. */
    static String wayBack(String path, String referer, String host) {
        if (referer != null) {
            try {
                URI from = new URI(referer);
                if (host.equalsIgnoreCase(from.getHost()) && path.equals(from.getRawPath()) && from.getRawQuery() != null) {
                    return path + "?" + from.getRawQuery();
                }
            } catch (URISyntaxException unreadable) {
                return path;
            }
        }
        return path;
    }

    /** {@code categories[1].budget} → {@code categories:1:budget}, the client id inside the form. */
    static String clientIdOf(String field) {
        return field.replace("[", ":").replace("].", ":").replace(".", ":");
    }
}
