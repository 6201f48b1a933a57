package ua.uchast.tally;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;

/**
 * The real elections in {@code shared/pabulib}: system property {@code uchast.shared.dir} if set, else the first
 * {@code shared/pabulib} found walking up from the working directory (the repository is cloned beside {@code shared}).
 */
public final class PabulibFiles {

    private PabulibFiles() {
    }

    public static Path directory() {
        String configured = System.getProperty("uchast.shared.dir");
        if (configured != null) {
            return Path.of(configured).resolve("pabulib");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("pabulib");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/pabulib above " + Path.of("").toAbsolutePath()
                + "; set -Duchast.shared.dir");
    }

    public static List<Path> all() {
        try (Stream<Path> files = Files.list(directory())) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".pb")).sorted().toList();
            if (found.size() != 9) {
                throw new IllegalStateException("expected the nine .pb files in " + directory() + ", found " + found);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path named(String prefix) {
        return all().stream().filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    public static PbElection parse(String prefix) {
        return parse(named(prefix));
    }

    public static PbElection parse(Path file) {
        try {
            return new PabulibParser().parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PabulibFormatException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** The official winners (PROJECTS {@code selected} = 1) in file order; only tests read this column. */
    public static List<String> officialWinners(PbElection election) {
        return election.projects().stream().filter(project -> "1".equals(project.attributes().get("selected")))
                .map(TallyProject::id).toList();
    }
}
