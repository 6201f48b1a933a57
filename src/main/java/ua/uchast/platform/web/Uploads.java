package ua.uchast.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.servlet.http.Part;

/**
 * The one way pages take a file: an {@code <h:inputFile>} bound to a {@link Part}, read here into memory — never more
 * than one byte past the limit, so a boundary can tell "too large" without a large upload filling the heap.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The file's bytes (at most {@code maxBytes + 1}); empty when no file was chosen. */
    public static Optional<byte[]> read(Part part, long maxBytes) throws IOException {
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        try (InputStream content = part.getInputStream()) {
            return Optional.of(content.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
        }
    }
}
