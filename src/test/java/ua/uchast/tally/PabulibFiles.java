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

/**
 * The nine real elections in {@code shared/pabulib}, and in {@code shared/pabulib-variants} four more that each use one
 * thing the format allows beyond them (a decimal budget, a project named twice in a vote, greedy-custom,
 * greedy-exclusive).
 */
public final class PabulibFiles {

    private PabulibFiles() {
    }

    public static Path directory() {
        return SharedFolder.of("pabulib");
    }

    public static List<Path> all() {
        return list(directory(), 9);
    }

    public static Path variant(String prefix) {
        return variants().stream().filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst()
                .orElseThrow();
    }

    private static List<Path> list(Path directory, int expected) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(".pb")).sorted().toList();
            if (found.size() != expected) {
                throw new IllegalStateException("expected " + expected + " .pb files in " + directory + ", found " + found);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> variants() {
        return list(SharedFolder.of("pabulib-variants"), 4);
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

    /**
     * The official winners in file order; only tests read this column. PROJECTS {@code selected} is 1 for a winner and,
     * in Poznań's files, 2 for one funded by the 80% rule (3 marks extra funds that are not in the file).
     */
    public static List<String> officialWinners(PbElection election) {
        return election.projects().stream()
                .filter(project -> List.of("1", "2").contains(project.attributes().get("selected")))
                .map(TallyProject::id).toList();
    }
}
