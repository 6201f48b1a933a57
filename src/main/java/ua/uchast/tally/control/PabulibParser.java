package ua.uchast.tally.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

/**
 * Reads the pabulib .pb format (https://pabulib.org/format): sections META, PROJECTS and VOTES, each with a header
 * line. Accepts a UTF-8 byte-order mark, any mix of line endings, blank lines and quoted fields. Identical ballots are
 * grouped; voter ids and the other VOTES columns are dropped. Either the whole file is read or a
 * {@link PabulibFormatException} names the first offending line and what is wrong with it by a code.
 *
 * <p>Amounts ({@code budget}, {@code cost}) may be decimal ({@code 1331751.11}) and are read exactly, as whole units
 * of the smallest decimal place any of them uses. A vote that names a project twice is read (see
 * {@link VoteReading}) with a warning naming the line; at most {@value #WARNINGS_PER_CODE} warnings of a kind are
 * listed, then how many more there were.
 */
public final class PabulibParser {

    static final int WARNINGS_PER_CODE = 20;
    /** Longer than any amount or count a file needs; refusing more keeps number parsing cheap. */
    private static final int MAX_NUMBER_CHARS = 40;
    private static final int MAX_DIGITS = 18;

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
        return new Run().read(new PabulibLineReader(reader));
    }

    /** A project as read: its cost waits for the scale all amounts share. */
    private record ProjectLine(int line, String id, BigDecimal cost, Map<String, String> attributes) {
    }

    /** The state of reading one file. */
    private static final class Run {
        private final Map<String, String> meta = new LinkedHashMap<>();
        private final Map<String, Integer> metaLines = new HashMap<>();
        private final Map<String, ProjectLine> projects = new LinkedHashMap<>();
        private final Map<String, Long> scores = new HashMap<>();
        private final Map<String, Integer> voterLines = new HashMap<>();
        private final Map<String, BallotGroup> ballots = new LinkedHashMap<>();
        private final Map<Section, Integer> sectionLines = new EnumMap<>(Section.class);
        private final List<Notice> warnings = new ArrayList<>();
        private final Map<NoticeCode, Integer> warningCounts = new EnumMap<>(NoticeCode.class);

        private Section section;
        private List<String> header;
        private int lineNumber;
        private BigDecimal budget;
        private VoteType voteType;
        private long ordinalLength;

        PbElection read(PabulibLineReader reader) throws IOException, PabulibFormatException {
            String line;
            while ((line = reader.next()) != null) {
                lineNumber = reader.lineNumber();
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    readLine(line);
                }
            }
            lineNumber = reader.lineNumber();
            for (Section expected : Section.values()) {
                if (!sectionLines.containsKey(expected)) {
                    throw error(NoticeCode.SECTION_MISSING, expected.name());
                }
            }
            if (header == null) {
                throw error(NoticeCode.HEADER_MISSING, Section.VOTES.name());
            }
            checkCount("num_projects", projects.size());
            checkCount("num_votes", voterLines.size());
            return election();
        }

        private PbElection election() throws PabulibFormatException {
            int scale = Math.max(0, budget.stripTrailingZeros().scale());
            for (ProjectLine project : projects.values()) {
                scale = Math.max(scale, project.cost().stripTrailingZeros().scale());
            }
            long budgetUnits = units(budget, scale, "budget", metaLine("budget"));
            List<TallyProject> read = new ArrayList<>(projects.size());
            for (ProjectLine project : projects.values()) {
                read.add(new TallyProject(project.id(), units(project.cost(), scale, "cost", project.line()),
                        project.attributes()));
            }
            List<Ballot> grouped = ballots.values().stream().map(BallotGroup::toBallot).toList();
            warningCounts.forEach((code, count) -> {
                if (count > WARNINGS_PER_CODE) {
                    warnings.add(Notice.of(NoticeCode.MORE_LIKE_THIS, Integer.toString(count - WARNINGS_PER_CODE)));
                }
            });
            return new PbElection(meta, budgetUnits, voteType, read, grouped, scale, warnings);
        }

        /** The amount in units of 10^-scale; refused when it has too many decimal places or does not fit a long. */
        private static long units(BigDecimal amount, int scale, String what, int line) throws PabulibFormatException {
            if (amount.stripTrailingZeros().scale() > PbElection.MAX_AMOUNT_SCALE) {
                throw new PabulibFormatException(line, NoticeCode.TOO_MANY_DECIMALS, what, amount.toPlainString(),
                        Integer.toString(PbElection.MAX_AMOUNT_SCALE));
            }
            try {
                return amount.movePointRight(scale).longValueExact();
            } catch (ArithmeticException e) {
                throw new PabulibFormatException(line, NoticeCode.AMOUNT_TOO_LARGE, what, amount.toPlainString());
            }
        }

        private void readLine(String line) throws PabulibFormatException {
            Section named = sectionNamed(line);
            if (named != null) {
                startSection(named);
                return;
            }
            if (section == null) {
                throw error(NoticeCode.TEXT_BEFORE_META, abbreviate(line));
            }
            List<String> fields = CsvLine.split(line);
            if (fields == null) {
                throw error(NoticeCode.UNCLOSED_QUOTE);
            }
            if (header == null) {
                readHeader(fields);
                return;
            }
            if (fields.size() != header.size()) {
                throw error(section == Section.META ? NoticeCode.META_FIELD_COUNT : NoticeCode.FIELD_COUNT,
                        Integer.toString(fields.size()), section.name(), Integer.toString(header.size()));
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
            if (expected == null) {
                throw error(NoticeCode.SECTION_AFTER_VOTES, next.name());
            }
            if (next != expected) {
                throw error(NoticeCode.SECTION_OUT_OF_ORDER, next.name(), expected.name());
            }
            if (section != null && header == null) {
                throw error(NoticeCode.HEADER_MISSING, section.name());
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
                throw error(NoticeCode.COLUMN_TWICE, section.name());
            }
            List<String> required = switch (section) {
                case META -> List.of("key", "value");
                case PROJECTS -> List.of("project_id", "cost");
                case VOTES -> List.of("voter_id", "vote");
            };
            for (String column : required) {
                if (!names.contains(column)) {
                    throw error(NoticeCode.COLUMN_MISSING, section.name(), column);
                }
            }
            if (section == Section.META && names.size() != 2) {
                throw error(NoticeCode.META_HEADER);
            }
            if (section == Section.VOTES && voteType.pointsBased() && voteType != VoteType.ORDINAL
                    && !names.contains("points")) {
                throw error(NoticeCode.POINTS_COLUMN_MISSING, voteType.pabulibName());
            }
            header = names;
        }

        private void readMeta(List<String> fields) throws PabulibFormatException {
            String key = fields.get(header.indexOf("key")).trim();
            if (key.isEmpty()) {
                throw error(NoticeCode.META_KEY_EMPTY);
            }
            if (meta.containsKey(key)) {
                throw error(NoticeCode.META_KEY_TWICE, abbreviate(key), Integer.toString(metaLines.get(key)));
            }
            meta.put(key, fields.get(header.indexOf("value")).trim());
            metaLines.put(key, lineNumber);
        }

        private void checkMeta() throws PabulibFormatException {
            budget = amount(requiredMeta("budget"), "budget", metaLine("budget"));
            String typeName = requiredMeta("vote_type");
            voteType = VoteType.fromPabulibName(typeName).orElseThrow(() -> new PabulibFormatException(
                    metaLine("vote_type"), NoticeCode.UNKNOWN_VOTE_TYPE, abbreviate(typeName)));
            for (String numeric : List.of("num_projects", "num_votes", PbElection.META_SCORE_THRESHOLD, "max_length")) {
                if (meta.containsKey(numeric)) {
                    wholeNumber(meta.get(numeric), numeric, metaLine(numeric));
                }
            }
            ordinalLength = meta.containsKey("max_length") ? wholeNumber(meta.get("max_length"), "max_length", 0) : 0;
        }

        private String requiredMeta(String key) throws PabulibFormatException {
            String value = meta.get(key);
            if (value == null) {
                throw error(NoticeCode.META_MISSING, key);
            }
            return value;
        }

        private int metaLine(String key) {
            return metaLines.getOrDefault(key, sectionLines.get(Section.META));
        }

        private void readProject(List<String> fields) throws PabulibFormatException {
            String id = fields.get(header.indexOf("project_id")).trim();
            if (id.isEmpty()) {
                throw error(NoticeCode.PROJECT_ID_EMPTY);
            }
            if (projects.containsKey(id)) {
                throw error(NoticeCode.PROJECT_TWICE, abbreviate(id));
            }
            BigDecimal cost = amount(fields.get(header.indexOf("cost")), "cost", lineNumber);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).equals("project_id") && !header.get(i).equals("cost")) {
                    attributes.put(header.get(i), fields.get(i));
                }
            }
            projects.put(id, new ProjectLine(lineNumber, id, cost, attributes));
        }

        private void readVote(List<String> fields) throws PabulibFormatException {
            String voterId = fields.get(header.indexOf("voter_id")).trim();
            if (voterId.isEmpty()) {
                throw error(NoticeCode.VOTER_ID_EMPTY);
            }
            Integer firstLine = voterLines.putIfAbsent(voterId, lineNumber);
            if (firstLine != null) {
                throw error(NoticeCode.VOTER_TWICE, abbreviate(voterId), Integer.toString(firstLine));
            }
            List<String> named = splitList(fields.get(header.indexOf("vote")));
            for (String id : named) {
                if (!projects.containsKey(id)) {
                    throw error(NoticeCode.UNKNOWN_PROJECT_IN_VOTE, abbreviate(id));
                }
            }
            List<Long> pointsAsWritten = header.contains("points") && voteType.pointsBased()
                    ? points(fields.get(header.indexOf("points")), named.size()) : null;
            VoteReading vote;
            try {
                vote = VoteReading.of(voteType, named, pointsAsWritten, ordinalLength);
            } catch (ArithmeticException e) {
                throw error(NoticeCode.POINTS_TOO_LARGE, abbreviate(String.join(",", named)));
            }
            if (!vote.repeated().isEmpty()) {
                warn(vote.repeatedCode(), abbreviate(String.join(", ", vote.repeated())));
            }
            if (voteType == VoteType.CHOOSE_ONE && vote.projectIds().size() != 1) {
                throw error(NoticeCode.CHOOSE_ONE_LENGTH, Integer.toString(vote.projectIds().size()));
            }
            if (voteType.pointsBased()) {
                addToScores(vote);
            }
            ballots.computeIfAbsent(String.join(",", vote.projectIds()) + ';' + vote.points(),
                    key -> new BallotGroup(vote.projectIds(), vote.points())).weight++;
        }

        /**
         * Keeps every project's total points within a long, so any election read can be tallied (a vote without points
         * counts 1, so votes alone cannot overflow).
         */
        private void addToScores(VoteReading vote) throws PabulibFormatException {
            for (int i = 0; i < vote.projectIds().size(); i++) {
                String id = vote.projectIds().get(i);
                try {
                    scores.put(id, Math.addExact(scores.getOrDefault(id, 0L), vote.points().get(i)));
                } catch (ArithmeticException e) {
                    throw error(NoticeCode.POINTS_TOO_LARGE, abbreviate(id));
                }
            }
        }

        private List<Long> points(String text, int projectCount) throws PabulibFormatException {
            List<String> texts = splitList(text);
            if (texts.size() != projectCount) {
                throw error(NoticeCode.POINTS_COUNT, Integer.toString(projectCount), Integer.toString(texts.size()));
            }
            List<Long> points = new ArrayList<>(texts.size());
            for (String number : texts) {
                points.add(wholeNumber(number, "points", lineNumber));
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

        private void checkCount(String key, int actual) throws PabulibFormatException {
            if (meta.containsKey(key)) {
                long declared = wholeNumber(meta.get(key), key, metaLine(key));
                if (declared != actual) {
                    throw new PabulibFormatException(metaLine(key), NoticeCode.COUNT_MISMATCH, key,
                            Long.toString(declared), Integer.toString(actual));
                }
            }
        }

        private void warn(NoticeCode code, String... arguments) {
            int count = warningCounts.merge(code, 1, Integer::sum);
            if (count <= WARNINGS_PER_CODE) {
                warnings.add(Notice.atLine(lineNumber, code, arguments));
            }
        }

        /** Counts and points are whole numbers; "12.0" (a float-formatted whole number) is accepted. */
        private static long wholeNumber(String text, String what, int line) throws PabulibFormatException {
            String digits = text.length() > MAX_NUMBER_CHARS ? "" : PbElection.wholeDigits(text);
            if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > MAX_DIGITS) {
                throw new PabulibFormatException(line, NoticeCode.NOT_A_WHOLE_NUMBER, what, abbreviate(text));
            }
            return Long.parseLong(digits);
        }

        /** Money: a whole or decimal number with a point ({@code 500000}, {@code 500000.00}, {@code 1331751.11}). */
        private static BigDecimal amount(String text, String what, int line) throws PabulibFormatException {
            String trimmed = text.strip();
            int point = trimmed.indexOf('.');
            String whole = point < 0 ? trimmed : trimmed.substring(0, point);
            String fraction = point < 0 ? "" : trimmed.substring(point + 1);
            boolean wellFormed = trimmed.length() <= MAX_NUMBER_CHARS && !whole.isEmpty() && whole.length() <= MAX_DIGITS
                    && allDigits(whole) && (point < 0 || !fraction.isEmpty() && allDigits(fraction));
            if (!wellFormed) {
                throw new PabulibFormatException(line, NoticeCode.NOT_AN_AMOUNT, what, abbreviate(text));
            }
            return new BigDecimal(trimmed);
        }

        private static boolean allDigits(String text) {
            return text.chars().allMatch(c -> c >= '0' && c <= '9');
        }

        private PabulibFormatException error(NoticeCode code, String... arguments) {
            return new PabulibFormatException(lineNumber, code, arguments);
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
