package ua.uchast.tally.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * Writes an election as a .pb file other pabulib tools read. Ballots are anonymised: voters are numbered 1..n in
 * ballot-group order and only {@code vote} (and {@code points}) are written. PROJECTS {@code votes}/{@code score} are
 * computed from the ballots; {@code selected} comes from the given result, or is copied as imported. Amounts are written
 * exactly, with the election's decimal places.
 */
public final class PabulibWriter {

    private static final Set<String> COMPUTED_COLUMNS = Set.of("votes", "score", "selected");

    public void write(PbElection election, Optional<TallyResult> result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(election, result, out);
        }
    }

    public void write(PbElection election, Optional<TallyResult> result, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(election, result, writer);
        writer.flush();
    }

    public void write(PbElection election, Optional<TallyResult> result, Writer out) throws IOException {
        IndexedElection indexed = new IndexedElection(election, TieOrderRule.FILE_ORDER);
        writeMeta(election, out);
        writeProjects(election, indexed, result, out);
        writeVotes(election, out);
    }

    private static void writeMeta(PbElection election, Writer out) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>(election.meta());
        meta.put("num_projects", Integer.toString(election.projects().size()));
        meta.put("num_votes", Long.toString(election.voterCount()));
        meta.put("budget", amount(election, election.budget()));
        meta.put("vote_type", election.voteType().pabulibName());
        line(out, "META");
        line(out, "key", "value");
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            line(out, entry.getKey(), entry.getValue());
        }
    }

    private static void writeProjects(PbElection election, IndexedElection indexed, Optional<TallyResult> result,
            Writer out) throws IOException {
        boolean withScore = election.voteType().pointsBased();
        Set<String> attributeColumns = new LinkedHashSet<>();
        election.projects().forEach(project -> attributeColumns.addAll(project.attributes().keySet()));
        attributeColumns.removeAll(COMPUTED_COLUMNS);
        boolean withSelected = result.isPresent()
                || election.projects().stream().anyMatch(project -> project.attributes().containsKey("selected"));

        List<String> header = new ArrayList<>(List.of("project_id", "cost", "votes"));
        if (withScore) {
            header.add("score");
        }
        header.addAll(attributeColumns);
        if (withSelected) {
            header.add("selected");
        }
        line(out, "PROJECTS");
        line(out, header);
        for (int i = 0; i < election.projects().size(); i++) {
            TallyProject project = election.projects().get(i);
            List<String> fields = new ArrayList<>(List.of(project.id(), amount(election, project.cost()),
                    Long.toString(indexed.votes[i])));
            if (withScore) {
                fields.add(Long.toString(indexed.score[i]));
            }
            attributeColumns.forEach(column -> fields.add(project.attributes().getOrDefault(column, "")));
            if (withSelected) {
                fields.add(result.map(tally -> tally.winners().contains(project.id()) ? "1" : "0")
                        .orElse(project.attributes().getOrDefault("selected", "")));
            }
            line(out, fields);
        }
    }

    private static void writeVotes(PbElection election, Writer out) throws IOException {
        boolean withPoints = election.voteType().pointsBased();
        line(out, "VOTES");
        line(out, withPoints ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote"));
        long voterId = 0;
        for (Ballot ballot : election.ballots()) {
            String vote = String.join(",", ballot.projectIds());
            String points = ballot.points().stream().map(String::valueOf).collect(Collectors.joining(","));
            for (long copy = 0; copy < ballot.weight(); copy++) {
                String id = Long.toString(++voterId);
                line(out, withPoints ? List.of(id, vote, points) : List.of(id, vote));
            }
        }
    }

    /** An amount as the file had it: exact, with as many decimal places as the election's amounts use. */
    private static String amount(PbElection election, long units) {
        return election.exactAmount(units).toPlainString();
    }

    private static void line(Writer out, String... fields) throws IOException {
        line(out, List.of(fields));
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        out.write(CsvLine.join(fields));
        out.write('\n');
    }
}
