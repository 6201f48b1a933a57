package ua.uchast.platform.boundary;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How every error under /api looks: {@code {"error": "not-found", "message": "Не знайдено."}} — a stable code for
 * programs and a sentence in the request's language (Accept-Language: Ukrainian unless English is preferred).
 */
@Schema(name = "ApiError", description = "An error: a stable code and a sentence in the request's language")
public record ApiError(
        @Schema(description = "not-found, forbidden, invalid-input, bad-request, method-not-allowed, not-acceptable, "
                + "unsupported-media-type, too-many-requests or server-error", example = "not-found") String error,
        @Schema(description = "What went wrong, for a person", example = "Не знайдено.") String message,
        @Schema(description = "A finer reason where there is one, e.g. why a signature was refused", nullable = true,
                example = "CERTIFICATE_EXPIRED") String reason) {
}
