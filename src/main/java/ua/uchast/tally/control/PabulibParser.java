package ua.uchast.tally.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

/**
 * Reads the pabulib .pb format (https://pabulib.org/format): sections META, PROJECTS and VOTES, each with a header
 * line. Accepts a UTF-8 byte-order mark, any mix of line endings, blank lines and quoted fields. Identical ballots are
 * grouped; voter ids and the other VOTES columns are dropped. Either the whole file is read or a
 * {@link PabulibFormatException} names the first offending line.
 */
public final class PabulibParser {

    private enum Section {
        META, PROJECTS, VOTES
    }

    public PbElection parse(Path file) throws IOException, PabulibFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    public PbElection parse(InputStream in) throws IOException, PabulibFormatException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return parse(new InputStreamReader(in, decoder));
    }

    public PbElection parse(Reader reader) throws IOException, PabulibFormatException {
        return new Run().read(new BufferedReader(reader));
    }

    /** The state of reading one file. */
    private static final class Run {
        private final Map<String, String> meta = new LinkedHashMap<>();
        private final Map<String, Integer> metaLines = new HashMap<>();
        private final Map<String, TallyProject> projects = new LinkedHashMap<>();
        private final Map<String, Integer> voterLines = new HashMap<>();
        private final Map<String, BallotGroup> ballots = new LinkedHashMap<>();
        private final Map<Section, Integer> sectionLines = new LinkedHashMap<>();

        private Section section;
        private List<String> header;
        private int lineNumber;
        private long budget;
        private VoteType voteType;
        private long ordinalLength;

        PbElection read(BufferedReader reader) throws IOException, PabulibFormatException {
            String line;
            while ((line = nextLine(reader)) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    readLine(line);
                }
            }
            for (Section expected : Section.values()) {
                if (!sectionLines.containsKey(expected)) {
                    throw error("the file ends without a " + expected + " section");
                }
            }
            if (header == null) {
                throw error("the file ends without the VOTES header line");
            }
            checkCount("num_projects", projects.size(), "PROJECTS lists");
            checkCount("num_votes", voterLines.size(), "VOTES has");
            List<Ballot> grouped = ballots.values().stream().map(BallotGroup::toBallot).toList();
            return new PbElection(meta, budget, voteType, List.copyOf(projects.values()), grouped);
        }

        private String nextLine(BufferedReader reader) throws PabulibFormatException, IOException {
            try {
                return reader.readLine();
            } catch (CharacterCodingException e) {
                lineNumber++;
                throw error("the text is not valid UTF-8");
            }
        }

        private void readLine(String line) throws PabulibFormatException {
            Section named = sectionNamed(line);
            if (named != null) {
                startSection(named);
                return;
            }
            if (section == null) {
                throw error("expected the META section first, found: " + abbreviate(line));
            }
            List<String> fields = CsvLine.split(line);
            if (fields == null) {
                throw error("a quoted field is not closed properly (a quote inside a field must be doubled)");
            }
            if (header == null) {
                readHeader(fields);
                return;
            }
            if (fields.size() != header.size()) {
                String hint = section == Section.META ? " (is the PROJECTS line missing?)" : "";
                throw error("has " + fields.size() + " fields but the " + section + " header has " + header.size()
                        + hint);
            }
            switch (section) {
                case META -> readMeta(fields);
                case PROJECTS -> readProject(fields);
                case VOTES -> readVote(fields);
            }
        }

        private static Section sectionNamed(String line) {
            String trimmed = line.trim();
            for (Section candidate : Section.values()) {
                if (candidate.name().equalsIgnoreCase(trimmed)) {
                    return candidate;
                }
            }
            return null;
        }

        private void startSection(Section next) throws PabulibFormatException {
            Section expected = section == null ? Section.META : nextSection(section);
            if (next != expected) {
                throw error("section " + next + " found where " + (expected == null ? "no more sections" : expected)
                        + " was expected (the order is META, PROJECTS, VOTES)");
            }
            if (section != null && header == null) {
                throw error("the " + section + " section has no header line");
            }
            if (next == Section.PROJECTS) {
                checkMeta();
            }
            section = next;
            header = null;
            sectionLines.put(next, lineNumber);
        }

        private static Section nextSection(Section current) {
            return current.ordinal() + 1 < Section.values().length ? Section.values()[current.ordinal() + 1] : null;
        }

        private void readHeader(List<String> fields) throws PabulibFormatException {
            List<String> names = fields.stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
            if (Set.copyOf(names).size() != names.size()) {
                throw error("the " + section + " header names a column twice");
            }
            List<String> required = switch (section) {
                case META -> List.of("key", "value");
                case PROJECTS -> List.of("project_id", "cost");
                case VOTES -> List.of("voter_id", "vote");
            };
            for (String column : required) {
                if (!names.contains(column)) {
                    throw error("the " + section + " header has no '" + column + "' column");
                }
            }
            if (section == Section.META && names.size() != 2) {
                throw error("the META header must be 'key;value'");
            }
            if (section == Section.VOTES && voteType.pointsBased() && voteType != VoteType.ORDINAL
                    && !names.contains("points")) {
                throw error(voteType.pabulibName() + " ballots need a 'points' column");
            }
            header = names;
        }

        private void readMeta(List<String> fields) throws PabulibFormatException {
            String key = fields.get(header.indexOf("key")).trim();
            if (key.isEmpty()) {
                throw error("META key is empty");
            }
            if (meta.containsKey(key)) {
                throw error("META key '" + key + "' appears twice (first on line " + metaLines.get(key) + ")");
            }
            meta.put(key, fields.get(header.indexOf("value")).trim());
            metaLines.put(key, lineNumber);
        }

        private void checkMeta() throws PabulibFormatException {
            budget = wholeNumber(requiredMeta("budget"), "budget", metaLine("budget"));
            String typeName = requiredMeta("vote_type");
            voteType = VoteType.fromPabulibName(typeName).orElseThrow(() -> new PabulibFormatException(
                    metaLine("vote_type"), "unknown vote_type '" + typeName + "'"));
            for (String numeric : List.of("num_projects", "num_votes", PbElection.META_SCORE_THRESHOLD, "max_length")) {
                if (meta.containsKey(numeric)) {
                    wholeNumber(meta.get(numeric), numeric, metaLine(numeric));
                }
            }
            ordinalLength = meta.containsKey("max_length") ? Long.parseLong(meta.get("max_length").trim()) : 0;
        }

        private String requiredMeta(String key) throws PabulibFormatException {
            String value = meta.get(key);
            if (value == null) {
                throw error("META has no '" + key + "' (found before the PROJECTS section)");
            }
            return value;
        }

        private int metaLine(String key) {
            return metaLines.getOrDefault(key, sectionLines.get(Section.META));
        }

        private void readProject(List<String> fields) throws PabulibFormatException {
            String id = fields.get(header.indexOf("project_id")).trim();
            if (id.isEmpty()) {
                throw error("project_id is empty");
            }
            if (projects.containsKey(id)) {
                throw error("project " + id + " is listed twice");
            }
            long cost = wholeNumber(fields.get(header.indexOf("cost")), "cost of project " + id, lineNumber);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).equals("project_id") && !header.get(i).equals("cost")) {
                    attributes.put(header.get(i), fields.get(i));
                }
            }
            projects.put(id, new TallyProject(id, cost, attributes));
        }

        private void readVote(List<String> fields) throws PabulibFormatException {
            String voterId = fields.get(header.indexOf("voter_id")).trim();
            if (voterId.isEmpty()) {
                throw error("voter_id is empty");
            }
            Integer firstLine = voterLines.putIfAbsent(voterId, lineNumber);
            if (firstLine != null) {
                throw error("voter " + voterId + " voted twice (first on line " + firstLine + ")");
            }
            List<String> ids = splitList(fields.get(header.indexOf("vote")));
            Set<String> named = new HashSet<>();
            for (String id : ids) {
                if (!projects.containsKey(id)) {
                    throw error("vote names project '" + id + "', which is not in PROJECTS");
                }
                if (!named.add(id)) {
                    throw error("vote names project " + id + " twice");
                }
            }
            if (voteType == VoteType.CHOOSE_ONE && ids.size() != 1) {
                throw error("a choose-1 vote must name exactly one project, found " + ids.size());
            }
            List<Long> points = voteType.pointsBased() ? points(fields, ids) : List.of();
            ballots.computeIfAbsent(String.join(",", ids) + ';' + points, key -> new BallotGroup(ids, points)).weight++;
        }

        private List<Long> points(List<String> fields, List<String> ids) throws PabulibFormatException {
            int column = header.indexOf("points");
            if (column < 0) {
                long length = Math.max(ordinalLength, ids.size());
                List<Long> positional = new ArrayList<>(ids.size());
                for (int i = 0; i < ids.size(); i++) {
                    positional.add(length - i);
                }
                return positional;
            }
            List<String> texts = splitList(fields.get(column));
            if (texts.size() != ids.size()) {
                throw error("vote names " + ids.size() + " projects but points has " + texts.size() + " numbers");
            }
            List<Long> points = new ArrayList<>(texts.size());
            for (String text : texts) {
                points.add(wholeNumber(text, "points", lineNumber));
            }
            return points;
        }

        private static List<String> splitList(String text) {
            String trimmed = text.trim();
            if (trimmed.isEmpty()) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (String item : trimmed.split(",", -1)) {
                items.add(item.trim());
            }
            return items;
        }

        private void checkCount(String key, int actual, String what) throws PabulibFormatException {
            if (meta.containsKey(key)) {
                long declared = Long.parseLong(meta.get(key).trim());
                if (declared != actual) {
                    throw new PabulibFormatException(metaLine(key),
                            "META " + key + " is " + declared + " but " + what + " " + actual);
                }
            }
        }

        /** Money, counts and points are whole numbers; "12.0" (a float-formatted whole number) is accepted. */
        private static long wholeNumber(String text, String what, int line) throws PabulibFormatException {
            String digits = text.trim().replaceFirst("\\.0+$", "");
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 18) {
                throw new PabulibFormatException(line,
                        what + " must be a whole non-negative number, found '" + abbreviate(text) + "'");
            }
            return Long.parseLong(digits);
        }

        private PabulibFormatException error(String problem) {
            return new PabulibFormatException(lineNumber, problem);
        }

        private static String abbreviate(String text) {
            return text.length() > 60 ? text.substring(0, 57) + "..." : text;
        }
    }

    private static final class BallotGroup {
        private final List<String> ids;
        private final List<Long> points;
        private long weight;

        BallotGroup(List<String> ids, List<Long> points) {
            this.ids = ids;
            this.points = points;
        }

        Ballot toBallot() {
            return new Ballot(ids, points, weight);
        }
    }
}
