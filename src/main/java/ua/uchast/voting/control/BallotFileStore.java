package ua.uchast.voting.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import ua.uchast.voting.entity.BallotChain;
import ua.uchast.voting.entity.CastBallot;

/**
 * A cycle's ballot file, built from the ballot box and kept: the head and, per ballot, its line number and hash, so a
 * receipt can show its line and the file can be streamed. It is built again when the box has more ballots than the
 * file (paper ballots entered while counting). Instances building at once wait for each other on the file's row.
 */
@ApplicationScoped
public class BallotFileStore {

    private static final int BATCH = 500;

    /** What is published about a built file. */
    public record Built(long ballotCount, String head, LocalDateTime builtAt) {
    }

    /** A ballot's place in the file. */
    public record Place(long lineNo, String hash) {
    }

    private EntityManager entityManager;
    private VotingRecords records;

    protected BallotFileStore() {
    }

    @Inject
    public BallotFileStore(EntityManager entityManager, VotingRecords records) {
        this.entityManager = entityManager;
        this.records = records;
    }

    /** The file as built for the box as it is now; builds (or rebuilds) it first when needed. */
    @Transactional
    public Built current(Long cycleId, LocalDateTime now) {
        entityManager.createNativeQuery("INSERT IGNORE INTO ballot_file (cycle_id, ballot_count, head, built_at) VALUES (?, -1, ?, ?)")
                .setParameter(1, cycleId).setParameter(2, BallotChain.genesis(cycleId)).setParameter(3, now).executeUpdate();
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT ballot_count, head, built_at FROM ballot_file "
                + "WHERE cycle_id = ? FOR UPDATE").setParameter(1, cycleId).getSingleResult();
        long count = records.ballotCount(cycleId);
        if (((Number) row[0]).longValue() == count) {
            return new Built(count, (String) row[1], toLocalDateTime(row[2]));
        }
        String head = rebuild(cycleId);
        entityManager.createNativeQuery("UPDATE ballot_file SET ballot_count = ?, head = ?, built_at = ? WHERE cycle_id = ?")
                .setParameter(1, count).setParameter(2, head).setParameter(3, now).setParameter(4, cycleId).executeUpdate();
        return new Built(count, head, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Place> placeOf(String ballotId) {
        List<?> rows = entityManager.createNativeQuery("SELECT line_no, hash FROM ballot_file_line WHERE ballot_id = ?")
                .setParameter(1, ballotId).getResultList();
        return rows.stream().findFirst().map(row -> new Place(((Number) ((Object[]) row)[0]).longValue(), (String) ((Object[]) row)[1]));
    }

    /** The file's lines, chained from the cycle's ballots in ballot-id order; returns the head. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String eachLine(Long cycleId, Consumer<BallotChain.Line> consumer) {
        String[] prev = {BallotChain.genesis(cycleId)};
        records.eachBallot(cycleId, (CastBallot ballot) -> {
            BallotChain.Line line = BallotChain.next(prev[0], ballot.ballotId(), ballot.channel(), ballot.choices(), cycleId);
            prev[0] = line.hash();
            consumer.accept(line);
        });
        return prev[0];
    }

    /**
     * Lines written through plain JDBC, 500 to a statement prepared once: EclipseLink binds a native query's
     * parameters by searching those already bound, so a statement of 2,000 parameters cost it millions of comparisons,
     * and a million-ballot file took minutes.
     */
    private String rebuild(Long cycleId) {
        entityManager.createNativeQuery("DELETE FROM ballot_file_line WHERE cycle_id = ?").setParameter(1, cycleId).executeUpdate();
        Connection connection = entityManager.unwrap(Connection.class);
        try (PreparedStatement batch = connection.prepareStatement(insertOf(BATCH))) {
            List<BallotChain.Line> pending = new ArrayList<>(BATCH);
            long[] lineNo = {0};
            String head = eachLine(cycleId, line -> {
                pending.add(line);
                if (pending.size() == BATCH) {
                    lineNo[0] = insert(batch, cycleId, lineNo[0], pending);
                }
            });
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(insertOf(pending.size()))) {
                    insert(rest, cycleId, lineNo[0], pending);
                }
            }
            return head;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static String insertOf(int rows) {
        return "INSERT INTO ballot_file_line (cycle_id, line_no, ballot_id, hash) VALUES "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?)"));
    }

    /** Writes the lines after line {@code lastLineNo}; returns the number of the last one written. */
    private static long insert(PreparedStatement statement, Long cycleId, long lastLineNo, List<BallotChain.Line> lines) {
        try {
            int parameter = 1;
            long lineNo = lastLineNo;
            for (BallotChain.Line line : lines) {
                statement.setLong(parameter++, cycleId);
                statement.setLong(parameter++, ++lineNo);
                statement.setString(parameter++, line.ballotId());
                statement.setString(parameter++, line.hash());
            }
            statement.executeUpdate();
            lines.clear();
            return lineNo;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static LocalDateTime toLocalDateTime(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }
}
