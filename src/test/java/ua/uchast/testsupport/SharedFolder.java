package ua.uchast.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's shared data ({@code shared/pabulib}, {@code shared/ua-signatures}): system property
 * {@code uchast.shared.dir} if set, else the first {@code shared/NAME} found walking up from the working directory
 * (the repository is cloned beside {@code shared}, on a developer's machine and in CI alike).
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Path of(String name) {
        String configured = System.getProperty("uchast.shared.dir");
        if (configured != null) {
            return Path.of(configured).resolve(name);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/" + name + " above " + Path.of("").toAbsolutePath()
                + "; set -Duchast.shared.dir");
    }
}
