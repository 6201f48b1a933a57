package ua.uchast.voting.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ua.uchast.platform.cli.CliCommand;
import ua.uchast.voting.entity.BallotChain;

/**
 * {@code check-ballot-file FILE [--head HASH]}: checks a cycle's published ballot file line by line — each line in the
 * published form, in ballot-id order, its hash over the previous line's hash and its content, the first line chained
 * to the cycle's genesis value — and, with {@code --head}, that the last hash is the head the hromada published.
 * Exit 0 when the chain holds (and matches the head), 1 otherwise (naming the first bad line), 2 for bad usage.
 */
public class CheckBallotFileCommand implements CliCommand {

    private static final String HEAD_OPTION = "--head";
    /** Far longer than any ballot line (a few hundred characters); a file without line breaks is not read whole. */
    static final int MAX_LINE_CHARS = 1 << 20;

    @Override
    public String name() {
        return "check-ballot-file";
    }

    @Override
    public String usage() {
        return "check-ballot-file FILE [--head HASH]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        String head = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(HEAD_OPTION) && i + 1 < args.size() && head == null) {
                head = args.get(++i).strip().toLowerCase(Locale.ROOT);
            } else if (!args.get(i).startsWith("-") && file == null) {
                file = args.get(i);
            } else {
                err.println("Usage: " + usage());
                return EXIT_USAGE;
            }
        }
        if (file == null) {
            err.println("Usage: " + usage());
            return EXIT_USAGE;
        }
        try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            Verdict verdict = check(reader, head);
            (verdict.holds() ? out : err).println(verdict.message());
            return verdict.holds() ? EXIT_OK : EXIT_NEGATIVE;
        } catch (IOException | UncheckedIOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    record Verdict(boolean holds, String message) {
    }

    static Verdict check(BufferedReader lines, String head) throws IOException {
        String prev = null;
        String lastBallot = null;
        Long cycle = null;
        long number = 0;
        for (String text = boundedLine(lines); text != null; text = boundedLine(lines)) {
            number++;
            if (text.length() > MAX_LINE_CHARS) {
                return new Verdict(false, "Line " + number + " is longer than any ballot line (over " + MAX_LINE_CHARS
                        + " characters)");
            }
            Optional<BallotChain.Line> read = BallotChain.read(text);
            if (read.isEmpty()) {
                return new Verdict(false, "Line " + number + " is not a ballot line in the published form");
            }
            BallotChain.Line line = read.get();
            if (cycle == null) {
                cycle = line.cycleId();
                prev = BallotChain.genesis(cycle);
            }
            if (line.cycleId() != cycle) {
                return new Verdict(false, "Line " + number + " belongs to cycle " + line.cycleId() + ", not " + cycle);
            }
            if (!line.prev().equals(prev)) {
                return new Verdict(false, "Line " + number + " does not follow the line before it (a line was changed, removed "
                        + "or added before it)");
            }
            if (lastBallot != null && line.ballotId().compareTo(lastBallot) <= 0) {
                return new Verdict(false, "Line " + number + " is out of ballot-id order");
            }
            if (!BallotChain.holds(line)) {
                return new Verdict(false, "Line " + number + " was changed: its hash does not match its content");
            }
            prev = line.hash();
            lastBallot = line.ballotId();
        }
        if (cycle == null) {
            return new Verdict(head == null, head == null ? "The file holds no ballots" : "The file holds no ballots to end in that head");
        }
        if (head != null && !head.equals(prev)) {
            return new Verdict(false, "The chain holds, but it ends in " + prev + ", not in the head given (" + head + ")");
        }
        return new Verdict(true, "The chain of " + number + " ballots of cycle " + cycle + " holds; head " + prev);
    }

    /**
     * The next line (ended by LF, CR or CRLF) or null at the end; a line longer than {@link #MAX_LINE_CHARS} comes back
     * cut one character past the limit, so that it is refused without holding more of it.
     */
    private static String boundedLine(BufferedReader reader) throws IOException {
        StringBuilder line = new StringBuilder();
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() > MAX_LINE_CHARS) {
                return line.toString();
            }
            line.append((char) c);
            c = reader.read();
        }
        if (c == '\r') {
            reader.mark(1);
            if (reader.read() != '\n') {
                reader.reset();
            }
        }
        return line.toString();
    }
}
