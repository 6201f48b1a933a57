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
import ua.uchast.testsupport.SharedFolder;

/** The nine real elections in {@code shared/pabulib}. */
public final class PabulibFiles {

    private PabulibFiles() {
    }

    public static Path directory() {
        return SharedFolder.of("pabulib");
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
