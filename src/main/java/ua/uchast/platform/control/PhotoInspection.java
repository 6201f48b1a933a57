package ua.uchast.platform.control;

import ua.uchast.platform.entity.InvalidInputException;

/**
 * Judges an uploaded photo by its content alone and gives it back re-encoded from its pixels, so nothing but the
 * picture survives. Declared here so that any component may take photos; implemented once, where uploads are
 * inspected (the proposal component's upload inspector), and found through CDI.
 */
public interface PhotoInspection {

    record CleanPhoto(String mimeType, byte[] content) {
    }

    /** The largest photo taken, in bytes: read no more than one byte past it. */
    long maxBytes();

    /** @throws InvalidInputException on {@code field}, in the words of the upload rules, if it is no acceptable photo */
    CleanPhoto cleanPhoto(String field, byte[] content);
}
