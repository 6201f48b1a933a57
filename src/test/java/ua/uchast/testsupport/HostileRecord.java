package ua.uchast.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * What a hostile test tried, how many times and what held, one line per finding in
 * {@code target/reliability/<TestClass>.tsv}; RELIABILITY.md is written from these and the test reports
 * ({@code ua.uchast.reliability.ReliabilityReport}).
 */
public final class HostileRecord {

    private static final Set<Class<?>> WRITTEN_IN_THIS_RUN = new HashSet<>();

    private HostileRecord() {
    }

    public static synchronized void note(Class<?> test, String tried, long times, String held) {
        Path folder = targetDir().resolve("reliability");
        String line = String.join("\t", clean(tried), Long.toString(times), clean(held)) + "\n";
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(test.getName() + ".tsv");
            if (WRITTEN_IN_THIS_RUN.add(test)) {
                Files.deleteIfExists(file);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The build's target folder: given to integration tests by failsafe, else target/ under the working directory. */
    public static Path targetDir() {
        String given = System.getProperty("uchast.target.dir");
        return given != null ? Path.of(given) : Path.of("target").toAbsolutePath();
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
