package ua.uchast.tally.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import ua.uchast.tally.entity.Ballot;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.VoteType;

/**
 * Elections in the tally_* tables through SQL, amounts in the election's units (see {@link PbElection}): projects and ballots go in multi-row inserts of
 * {@value #ROWS_PER_INSERT} rows (100 000 ballots are some 100 statements), and a ballot names its projects by their
 * position in the file.
 */
@ApplicationScoped
public class JpaElectionStore implements ElectionStore {

    static final int ROWS_PER_INSERT = 1000;
    private static final String NAME = "name";

    private EntityManager entityManager;

    protected JpaElectionStore() {
    }

    @Inject
    public JpaElectionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void save(Long categoryId, PbElection election, LocalDateTime importedAt) {
        entityManager.createNativeQuery("INSERT INTO tally_election (category_id, vote_type, meta, imported_at, "
                + "amount_scale, notices) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, categoryId).setParameter(2, election.voteType().pabulibName())
                .setParameter(3, metaText(election.meta())).setParameter(4, importedAt)
                .setParameter(5, election.amountScale()).setParameter(6, noticesText(election.notices()))
                .executeUpdate();

        List<TallyProject> projects = election.projects();
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<Object[]> projectRows = new ArrayList<>();
        for (int position = 0; position < projects.size(); position++) {
            TallyProject project = projects.get(position);
            positions.put(project.id(), position);
            projectRows.add(new Object[] {categoryId, position, project.id(), project.name(), project.cost()});
        }
        insertRows("tally_project (category_id, position, external_id, name, cost)", projectRows);

        List<Object[]> ballotRows = new ArrayList<>();
        List<Ballot> ballots = election.ballots();
        for (int position = 0; position < ballots.size(); position++) {
            Ballot ballot = ballots.get(position);
            String choices = ballot.projectIds().stream().map(id -> positions.get(id).toString())
                    .collect(Collectors.joining(","));
            String points = ballot.points().isEmpty() ? null
                    : ballot.points().stream().map(String::valueOf).collect(Collectors.joining(","));
            ballotRows.add(new Object[] {categoryId, position, choices, points, ballot.weight()});
        }
        insertRows("tally_ballot (category_id, position, choices, points, voters)", ballotRows);
    }

    @Override
    public Optional<PbElection> load(Long categoryId) {
        List<?> elections = entityManager.createNativeQuery(
                "SELECT vote_type, meta, amount_scale, notices FROM tally_election WHERE category_id = ?")
                .setParameter(1, categoryId)
                .getResultList();
        if (elections.isEmpty()) {
            return Optional.empty();
        }
        Object[] election = (Object[]) elections.get(0);
        VoteType voteType = VoteType.fromPabulibName((String) election[0]).orElseThrow();
        Map<String, String> meta = parseMeta((String) election[1]);
        int scale = ((Number) election[2]).intValue();

        List<TallyProject> projects = new ArrayList<>();
        for (Object row : rows("SELECT external_id, name, cost FROM tally_project WHERE category_id = ? ORDER BY position",
                categoryId)) {
            Object[] project = (Object[]) row;
            projects.add(new TallyProject((String) project[0], ((Number) project[2]).longValue(),
                    Map.of(NAME, (String) project[1])));
        }
        List<Ballot> ballots = new ArrayList<>();
        for (Object row : rows("SELECT choices, points, voters FROM tally_ballot WHERE category_id = ? ORDER BY position",
                categoryId)) {
            Object[] ballot = (Object[]) row;
            List<String> ids = numbers((String) ballot[0]).map(position -> projects.get(position.intValue()).id())
                    .toList();
            List<Long> points = ballot[1] == null ? List.of() : numbers((String) ballot[1]).toList();
            ballots.add(new Ballot(ids, points, ((Number) ballot[2]).longValue()));
        }
        long budget = new BigDecimal(meta.getOrDefault("budget", "0").strip()).movePointRight(scale).longValueExact();
        return Optional.of(new PbElection(meta, budget, voteType, projects, ballots, scale,
                parseNotices((String) election[3])));
    }

    private static Stream<Long> numbers(String commaSeparated) {
        return commaSeparated.isEmpty() ? Stream.empty() : Arrays.stream(commaSeparated.split(",")).map(Long::valueOf);
    }

    private List<?> rows(String sql, Long categoryId) {
        return entityManager.createNativeQuery(sql).setParameter(1, categoryId).getResultList();
    }

    /**
     * Multi-row inserts on the transaction's own JDBC connection: EclipseLink's native queries re-parse a statement
     * with thousands of parameters far more slowly than the driver sends it.
     */
    private void insertRows(String tableAndColumns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = entityManager.unwrap(Connection.class);
        int columns = rows.get(0).length;
        String placeholders = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        for (int start = 0; start < rows.size(); start += ROWS_PER_INSERT) {
            List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_INSERT));
            String sql = "INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), placeholders));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (Object[] row : chunk) {
                    for (Object value : row) {
                        insert.setObject(parameter++, value);
                    }
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException(e);
            }
        }
    }

    private static String metaText(Map<String, String> meta) {
        return meta.entrySet().stream().map(entry -> CsvLine.join(List.of(entry.getKey(), entry.getValue())))
                .collect(Collectors.joining("\n"));
    }

    private static String noticesText(List<Notice> notices) {
        return notices.stream().map(notice -> {
            List<String> fields = new ArrayList<>(List.of(notice.code().name(), Integer.toString(notice.line())));
            fields.addAll(notice.arguments());
            return CsvLine.join(fields);
        }).collect(Collectors.joining("\n"));
    }

    private static List<Notice> parseNotices(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Notice> notices = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> fields = CsvLine.split(line);
            notices.add(new Notice(NoticeCode.valueOf(fields.get(0)), Integer.parseInt(fields.get(1)),
                    fields.subList(2, fields.size())));
        }
        return notices;
    }

    private static Map<String, String> parseMeta(String text) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            List<String> fields = CsvLine.split(line);
            if (fields != null && fields.size() == 2) {
                meta.put(fields.get(0), fields.get(1));
            }
        }
        return meta;
    }
}
