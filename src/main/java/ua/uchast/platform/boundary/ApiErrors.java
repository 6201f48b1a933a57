package ua.uchast.platform.boundary;

import java.time.Duration;
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
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;

/**
 * The one place where errors under /api become an {@link ApiError}: resources build their own refusals with the static
 * methods (a code of their own, the message in the request's language); anything thrown is mapped here — the
 * boundaries' refusals (an unknown subject 404, another hromada's 403, invalid input 400 with the first field's
 * message), JAX-RS's own answers (an unknown path 404, a wrong method 405, ...) and, logged, anything unexpected (500,
 * without details).
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
            return refusal(400, "invalid-input", invalid, headers);
        }
        if (thrown instanceof BusinessException refusal) {
            int status = refusal instanceof NotFoundException ? 404 : refusal instanceof AccessDeniedException ? 403 : 400;
            return error(status, CODES.get(status), UiText.format(locale, "api.error." + CODES.get(status)));
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String code = CODES.getOrDefault(status, "bad-request");
            return error(status, code, UiText.format(locale, "api.error." + code));
        }
        LOG.log(Level.SEVERE, "Unexpected failure under /api", thrown);
        return error(500, "server-error", UiText.format(locale, "api.error.server-error"));
    }

    public static Response error(Response.Status status, String code, String messageKey, HttpHeaders headers, Object... arguments) {
        return error(status.getStatusCode(), code, UiText.format(languageOf(headers), messageKey, arguments));
    }

    /** A refusal: its first message (they name fields a page would mark) under the code. */
    public static Response refusal(int status, String code, InvalidInputException refused, HttpHeaders headers) {
        FieldViolation first = refused.violations().get(0);
        return error(status, code, UiText.format(languageOf(headers), first.messageKey(), first.arguments().toArray()));
    }

    /** The same error with a finer {@code "reason"} (e.g. the signature verifier's code). */
    public static Response withReason(Response error, String reason) {
        ApiError said = (ApiError) error.getEntity();
        return Response.fromResponse(error).entity(new ApiError(said.error(), said.message(), reason)).build();
    }

    public static Response tooManyRequests(Duration retryAfter, HttpHeaders headers) {
        return Response.fromResponse(error(Response.Status.TOO_MANY_REQUESTS, "too-many-requests", "api.error.too-many-requests", headers))
                .header(HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build();
    }

    public static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message, null)).build();
    }

    /** English if the request prefers it to Ukrainian, else Ukrainian. */
    public static Locale languageOf(HttpHeaders headers) {
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
