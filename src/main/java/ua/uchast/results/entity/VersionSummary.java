package ua.uchast.results.entity;

import java.time.LocalDateTime;

/** A published version as listed: its number, when it was published and, for a correction, why. */
public record VersionSummary(int number, LocalDateTime publishedAt, String reason) {
}
