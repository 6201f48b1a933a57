package ua.uchast.platform.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ua.uchast.platform.control.DatabaseOutage;
import ua.uchast.platform.control.UiText;

/**
 * A failure of the database under /api: while it is out of reach, 503 {@code {"error": "unavailable"}} with
 * Retry-After (nothing was saved; try again shortly); any other database failure is a fault, logged and answered 500
 * without details.
 */
@Provider
public class DatabaseOutageMapper implements ExceptionMapper<PersistenceException> {

    /** Seconds a client should wait: about what a database restart takes. */
    public static final int RETRY_AFTER_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PersistenceException failure) {
        if (!DatabaseOutage.isCause(failure)) {
            LOG.log(Level.SEVERE, "Unexpected database failure under /api", failure);
            return ApiErrors.error(500, "server-error", UiText.format(ApiErrors.languageOf(headers), "error.500.text"));
        }
        return Response.fromResponse(ApiErrors.error(503, "unavailable", UiText.format(ApiErrors.languageOf(headers),
                "error.unavailable.text"))).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
