package ua.uchast.platform.boundary;

import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.BusinessException;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;

/**
 * The one place where anything thrown under /api becomes an {@link ApiError}: the boundaries' refusals (an unknown
 * subject 404, another hromada's 403, invalid input 400 with the first field's message), JAX-RS's own answers (an
 * unknown path 404, a wrong method 405, ...) and, logged, anything unexpected (500, without details).
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    private static final Map<Integer, String> CODES = Map.of(400, "bad-request", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 415, "unsupported-media-type", 429, "too-many-requests");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        Locale locale = languageOf(headers);
        if (thrown instanceof InvalidInputException invalid) {
            var first = invalid.violations().get(0);
            return answer(400, "invalid-input", UiText.format(locale, first.messageKey(), first.arguments().toArray()));
        }
        if (thrown instanceof BusinessException refusal) {
            int status = refusal instanceof NotFoundException ? 404 : refusal instanceof AccessDeniedException ? 403 : 400;
            return answer(status, CODES.get(status), locale);
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return answer(status, CODES.getOrDefault(status, "bad-request"), locale);
        }
        LOG.log(Level.SEVERE, "Unexpected failure under /api", thrown);
        return answer(500, "server-error", locale);
    }

    private static Response answer(int status, String code, Locale locale) {
        return answer(status, code, UiText.format(locale, "api.error." + code));
    }

    private static Response answer(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message)).build();
    }

    /** English if the request prefers it to Ukrainian, else Ukrainian. */
    static Locale languageOf(HttpHeaders headers) {
        if (headers != null) {
            for (Locale accepted : headers.getAcceptableLanguages()) {
                if (accepted.getLanguage().equals("en")) {
                    return Locale.ENGLISH;
                }
                if (accepted.getLanguage().equals("uk")) {
                    return UiText.UKRAINIAN;
                }
            }
        }
        return UiText.UKRAINIAN;
    }
}
