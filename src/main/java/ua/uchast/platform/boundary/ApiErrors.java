package ua.uchast.platform.boundary;

import java.io.StringReader;
import java.time.Duration;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * Errors of the public API, one shape everywhere: {@code {"error": "<code>", "message": "<text>"}}, the text in the
 * request's language (Ukrainian unless English is asked for in Accept-Language).
 */
public final class ApiErrors {

    private ApiErrors() {
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
        JsonObject body = Json.createReader(new StringReader((String) error.getEntity())).readObject();
        return Response.fromResponse(error).entity(Json.createObjectBuilder(body).add("reason", reason).build().toString()).build();
    }

    public static Response tooManyRequests(Duration retryAfter, HttpHeaders headers) {
        return Response.fromResponse(error(Response.Status.TOO_MANY_REQUESTS, "too-many-requests", "api.tooManyRequests", headers))
                .header(HttpHeaders.RETRY_AFTER, retryAfter.toSeconds()).build();
    }

    public static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("error", code).add("message", message).build().toString()).build();
    }

    public static Locale languageOf(HttpHeaders headers) {
        if (headers != null) {
            for (Locale wanted : headers.getAcceptableLanguages()) {
                if ("en".equals(wanted.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("uk".equals(wanted.getLanguage())) {
                    return UiText.UKRAINIAN;
                }
            }
        }
        return UiText.UKRAINIAN;
    }
}
