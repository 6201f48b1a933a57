package ua.uchast.voting.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.uchast.platform.cli.CliCommand;
import ua.uchast.voting.entity.BallotChain;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;

/** The ballot file's chain, checked as anyone would: any line changed, dropped or added breaks it or its head. */
class CheckBallotFileCommandTest {

    @TempDir
    Path folder;

    /** A file of {@code ballots} lines for cycle 5; returns the lines (the last hash is the head). */
    static List<String> file(int ballots) {
        List<String> lines = new ArrayList<>();
        String prev = BallotChain.genesis(5);
        for (int i = 0; i < ballots; i++) {
            BallotChain.Line line = BallotChain.next(prev, String.format("%032x", 1000 + i * 7), Channel.values()[i % 3],
                    Choices.of(Map.of(12L, List.of(100L + i % 4))), 5);
            lines.add(line.text());
            prev = line.hash();
        }
        return lines;
    }

    private static String head(List<String> lines) {
        return BallotChain.read(lines.get(lines.size() - 1)).orElseThrow().hash();
    }

    private int check(List<String> lines, String... options) throws IOException {
        Path path = folder.resolve("ballot-file.ndjson");
        Files.write(path, lines, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of(path.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckBallotFileCommand().run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
        lastError = err.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private String lastError;

    @Test
    void anIntactFileHoldsAndMatchesItsHead() throws IOException {
        List<String> lines = file(6);
        assertEquals(CliCommand.EXIT_OK, check(lines, "--head", head(lines)));
        assertEquals(CliCommand.EXIT_OK, check(lines));
    }

    @Test
    void aChangedLineIsNamed() throws IOException {
        List<String> lines = file(6);
        String head = head(lines);
        lines.set(2, lines.get(2).replace("\"channel\":\"paper\"", "\"channel\":\"provider\""));
        assertEquals(CliCommand.EXIT_NEGATIVE, check(lines, "--head", head));
        assertTrue(lastError.contains("Line 3"), lastError);
    }

    @Test
    void aDroppedOrAddedLineBreaksTheChainOrTheHead() throws IOException {
        List<String> lines = file(6);
        String head = head(lines);
        List<String> dropped = new ArrayList<>(lines);
        dropped.remove(3);
        assertEquals(CliCommand.EXIT_NEGATIVE, check(dropped, "--head", head));
        assertTrue(lastError.contains("Line 4"), lastError);

        List<String> lastDropped = new ArrayList<>(lines.subList(0, 5));
        assertEquals(CliCommand.EXIT_NEGATIVE, check(lastDropped, "--head", head), "the chain holds but ends elsewhere");

        List<String> added = new ArrayList<>(lines);
        added.add(BallotChain.next(head, String.format("%032x", 99_999), Channel.PAPER, Choices.of(Map.of(12L, List.of(101L))), 5)
                .text());
        assertEquals(CliCommand.EXIT_NEGATIVE, check(added, "--head", head), "an appended line moves the head");
    }

    @Test
    void garbageAndBadUsageAreTold() throws IOException {
        assertEquals(CliCommand.EXIT_NEGATIVE, check(List.of("{\"ballot\":1}")));
        assertTrue(lastError.contains("Line 1"));
        assertEquals(CliCommand.EXIT_USAGE, new CheckBallotFileCommand().run(List.of(), System.out, new PrintStream(new ByteArrayOutputStream())));
        assertEquals(CliCommand.EXIT_USAGE, new CheckBallotFileCommand().run(List.of(folder.resolve("none").toString()), System.out,
                new PrintStream(new ByteArrayOutputStream())));
    }
}
