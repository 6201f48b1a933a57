package ua.uchast.implementation.boundary;

import ua.uchast.implementation.entity.ImplementationEvent;

/**
 * News of a winner that its followers are told by e-mail: a status change or a new report. Fired in the transaction
 * of the change, so letters are written with it and sent only if it commits. {@code authorEmail} is the project's
 * contact address (null if none): the author follows automatically.
 */
public record ProgressNoticed(Long projectId, String title, Long authorId, String authorEmail, ImplementationEvent event) {
}
