package ua.uchast.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import ua.uchast.community.control.PasswordHasher;
import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.voting.entity.Choices;

/**
 * The benchmark's data, written straight into the platform's database with JDBC batches and INSERT … SELECT (never
 * through the pages): one hromada with its settlements and an administrator, project authors (residents), voting
 * cycles of 200 projects in 2 categories, a cycle under review with 2,000 projects, a closed cycle with 1,000,000
 * ballots to tally and a closed cycle with 250,000 voters to publish.
 */
final class BenchData {

    static final int PROJECTS_PER_BALLOT = 200;
    static final int CATALOGUE_PROJECTS = 2_000;
    static final String ADMIN = "bench.admin";
    static final String ADMIN_PASSWORD = "bench-admin-password-2027";
    static final List<String> SETTLEMENTS = List.of("Бенчове", "Тестове", "Швидке");
    /** Distinct choices the generated ballots are drawn from (real ballots of 1–3 of 100 projects repeat about as much). */
    private static final int CHOICE_PATTERNS = 60_000;
    private static final long CATEGORY_BUDGET = 5_000_000;
    private static final int SLICE_SIZE = 100_000;
    /** The numbers from ? to ? + 99,999: a slice of generated rows (the numbers' table holds the digits 0–9). */
    private static final String SLICE = "SELECT ? + a.d + 10 * b.d + 100 * c.d + 1000 * d.d + 10000 * e.d AS n "
            + "FROM bench_digit a CROSS JOIN bench_digit b CROSS JOIN bench_digit c CROSS JOIN bench_digit d "
            + "CROSS JOIN bench_digit e";

    /** A generated cycle: its categories and, per category, its projects in ballot order. */
    record Cycle(long id, List<Long> categoryIds, Map<Long, List<Long>> projectsByCategory) {
    }

    /** What was generated, for the measurements to use. */
    record World(long hromadaId, String hromadaSlug, List<Cycle> providerCycles, Cycle signatureCycle, Cycle catalogueCycle,
                 long catalogueCategoryId, long catalogueTerritoryId, Cycle tallyCycle, Cycle resultsCycle,
                 Map<String, Double> secondsTaken) {
    }

    private enum Phase { VOTING, REVIEW, COUNTING }

    private final DatabaseSettings settings;
    private final LocalDate today = LocalDate.now(KyivTime.ZONE);
    private final LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    private final Random random = new Random(20_270_501L);
    private final Map<String, Double> secondsTaken = new LinkedHashMap<>();

    BenchData(DatabaseSettings settings) {
        this.settings = settings;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl() + "&rewriteBatchedStatements=true", settings.user(),
                settings.password());
    }

    World generate(int providerCycles, int tallyBallots, int resultsVoters) throws SQLException {
        try (Connection db = connect()) {
            long started = System.nanoTime();
            long hromadaId = insertHromada(db);
            List<Long> settlements = insertTerritories(db, hromadaId);
            insertAdministrator(db, hromadaId);
            insertAuthors(db, CATALOGUE_PROJECTS);
            int year = 2030;
            List<Cycle> provider = new ArrayList<>();
            for (int i = 0; i < providerCycles; i++) {
                provider.add(ballotCycle(db, hromadaId, settlements, year++, Phase.VOTING, "ADDRESS_IN_SETTLEMENTS",
                        "Голосування через BankID " + (i + 1)));
            }
            Cycle signature = ballotCycle(db, hromadaId, settlements, year++, Phase.VOTING, "SIGNED_DECLARATION",
                    "Голосування з КЕП");
            Cycle catalogue = insertCycle(db, hromadaId, year++, Phase.REVIEW, "SIGNED_DECLARATION", "Каталог 2 000 проєктів");
            insertProjects(db, hromadaId, catalogue, settlements, CATALOGUE_PROJECTS, true);
            Cycle tally = ballotCycle(db, hromadaId, settlements, year++, Phase.COUNTING, "SIGNED_DECLARATION",
                    "Підрахунок мільйона бюлетенів");
            Cycle results = ballotCycle(db, hromadaId, settlements, year, Phase.COUNTING, "SIGNED_DECLARATION",
                    "Результати для 250 000 виборців");
            secondsTaken.put("hromada, cycles, " + (CATALOGUE_PROJECTS + (providerCycles + 3) * PROJECTS_PER_BALLOT)
                    + " projects", seconds(started));

            prepareChoicePatterns(db, tally);
            started = System.nanoTime();
            insertBallots(db, tally.id(), tallyBallots, "tally");
            secondsTaken.put(String.format("%,d ballots (tally cycle)", tallyBallots), seconds(started));

            prepareChoicePatterns(db, results);
            started = System.nanoTime();
            insertBallots(db, results.id(), resultsVoters, "results");
            insertVoters(db, results.id(), resultsVoters, settlements);
            secondsTaken.put(String.format("%,d voters and their ballots (results cycle)", resultsVoters), seconds(started));
            dropHelpers(db);
            return new World(hromadaId, "bench", provider, signature, catalogue, catalogue.categoryIds().get(0),
                    settlements.get(0), tally, results, secondsTaken);
        }
    }

    private long insertHromada(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO hromada (slug, name_uk, name_en, created_at, "
                + "voting_age_population, admins_need_second_factor) VALUES ('bench', 'Бенчмаркова громада', "
                + "'Benchmark hromada', ?, 400000, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setTimestamp(1, Timestamp.valueOf(now));
            insert.executeUpdate();
            return generatedKey(insert);
        }
    }

    private List<Long> insertTerritories(Connection db, long hromadaId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO territory (hromada_id, name, kind) VALUES (?, ?, "
                + "'SETTLEMENT')", Statement.RETURN_GENERATED_KEYS)) {
            for (String name : SETTLEMENTS) {
                insert.setLong(1, hromadaId);
                insert.setString(2, name);
                insert.executeUpdate();
                ids.add(generatedKey(insert));
            }
        }
        return ids;
    }

    private void insertAdministrator(Connection db, long hromadaId) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO staff_account (hromada_id, username, full_name, "
                + "role, password_hash, active, created_at, version, must_change_password, session_version) "
                + "VALUES (?, ?, 'Адміністратор бенчмарку', 'ADMINISTRATOR', ?, TRUE, ?, 0, FALSE, 0)")) {
            insert.setLong(1, hromadaId);
            insert.setString(2, ADMIN);
            insert.setString(3, new PasswordHasher().hash(ADMIN_PASSWORD));
            insert.setTimestamp(4, Timestamp.valueOf(now));
            insert.executeUpdate();
        }
    }

    /** Residents who wrote the projects (ids 1..n), with keys that no signed-in person will ever have. */
    private void insertAuthors(Connection db, int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO resident (id, resident_key, display_name, birth_date, "
                + "address, created_at, last_sign_in_at, gender) VALUES (?, SHA2(CONCAT('author-', ?), 256), ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                insert.setLong(1, i);
                insert.setInt(2, i);
                insert.setString(3, "Автор Проєктів " + i);
                insert.setObject(4, LocalDate.of(1960 + i % 45, 1 + i % 12, 1 + i % 28));
                insert.setString(5, "м. " + SETTLEMENTS.get(i % SETTLEMENTS.size()) + ", вул. Центральна, " + i);
                insert.setTimestamp(6, Timestamp.valueOf(now));
                insert.setTimestamp(7, Timestamp.valueOf(now));
                insert.setString(8, i % 2 == 0 ? "FEMALE" : "MALE");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A cycle of 200 accepted projects in 2 categories, numbered on the ballot as voting opening numbers them. */
    private Cycle ballotCycle(Connection db, long hromadaId, List<Long> settlements, int year, Phase phase,
                              String residency, String title) throws SQLException {
        Cycle cycle = insertCycle(db, hromadaId, year, phase, residency, title);
        Cycle withProjects = insertProjects(db, hromadaId, cycle, settlements, PROJECTS_PER_BALLOT, false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ballot_entry (project_id, cycle_id, category_id, "
                + "number) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<Long>> category : withProjects.projectsByCategory().entrySet()) {
                for (int i = 0; i < category.getValue().size(); i++) {
                    insert.setLong(1, category.getValue().get(i));
                    insert.setLong(2, cycle.id());
                    insert.setLong(3, category.getKey());
                    insert.setInt(4, i + 1);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        return withProjects;
    }

    private Cycle insertCycle(Connection db, long hromadaId, int year, Phase phase, String residency, String title)
            throws SQLException {
        int[] offsets = switch (phase) {
            case VOTING -> new int[] {-60, -40, -30, -3, 10, 20, 40};
            case REVIEW -> new int[] {-30, -10, 5, 10, 20, 30, 50};
            case COUNTING -> new int[] {-90, -70, -50, -30, -1, 10, 30};
        };
        long cycleId;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO budget_cycle (hromada_id, title, budget_year, "
                + "total_budget, submission_start, submission_end, review_end, voting_start, voting_end, results_date, "
                + "implementation_start, min_voter_age, residency_policy, tally_rule, tie_break, created_at, published_at, "
                + "version, live_counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 16, ?, 'GREEDY', 'LOWER_COST_THEN_EARLIER', "
                + "?, ?, 0, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, hromadaId);
            insert.setString(2, title);
            insert.setInt(3, year);
            insert.setLong(4, 2 * CATEGORY_BUDGET);
            for (int i = 0; i < offsets.length; i++) {
                insert.setObject(5 + i, today.plusDays(offsets[i]));
            }
            insert.setString(12, residency);
            insert.setTimestamp(13, Timestamp.valueOf(now));
            insert.setTimestamp(14, Timestamp.valueOf(now));
            insert.executeUpdate();
            cycleId = generatedKey(insert);
        }
        List<Long> categories = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO budget_category (cycle_id, name, budget, min_cost, "
                + "max_cost, max_choices, position, voting_style) VALUES (?, ?, ?, 10000, 1500000, 3, ?, 'UP_TO_K')",
                Statement.RETURN_GENERATED_KEYS)) {
            String[] names = {"Малі проєкти", "Великі проєкти"};
            for (int position = 0; position < names.length; position++) {
                insert.setLong(1, cycleId);
                insert.setString(2, names[position]);
                insert.setLong(3, CATEGORY_BUDGET);
                insert.setInt(4, position);
                insert.executeUpdate();
                categories.add(generatedKey(insert));
            }
        }
        return new Cycle(cycleId, categories, Map.of());
    }

    /**
     * Projects alternating between the two categories and rotating over the settlements; every tenth is a playground
     * ("майданчик", what the catalogue's search looks for). On a ballot all are accepted; in the catalogue they are
     * spread over the public statuses.
     */
    private Cycle insertProjects(Connection db, long hromadaId, Cycle cycle, List<Long> settlements, int count,
                                 boolean catalogue) throws SQLException {
        String[] statuses = catalogue ? new String[] {"SUBMITTED", "UNDER_REVIEW", "NEEDS_REVISION", "RESUBMITTED",
                "ACCEPTED"} : new String[] {"ACCEPTED"};
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO project (cycle_id, hromada_id, author_id, "
                + "author_name, status, title, category_id, territory_id, summary, problem, solution, beneficiaries, "
                + "address, total_cost, contact_email, created_at, updated_at, submitted_at, status_changed_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Проблема, яку розв’язує проєкт.', 'Рішення.', 'Мешканці громади.', ?, "
                + "?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                long author = 1 + i % CATALOGUE_PROJECTS;
                String place = SETTLEMENTS.get(i % SETTLEMENTS.size());
                LocalDateTime submitted = now.minusDays(20).plusMinutes(i);
                insert.setLong(1, cycle.id());
                insert.setLong(2, hromadaId);
                insert.setLong(3, author);
                insert.setString(4, "Автор Проєктів " + author);
                insert.setString(5, statuses[i % statuses.length]);
                insert.setString(6, (i % 10 == 0 ? "Дитячий майданчик у " : "Лавки та освітлення у ") + place + " №" + (i + 1));
                insert.setLong(7, cycle.categoryIds().get(i % 2));
                insert.setLong(8, settlements.get(i % settlements.size()));
                insert.setString(9, "Що зміниться: сучасне, безпечне місце для мешканців. Проєкт номер " + (i + 1) + ".");
                insert.setString(10, "м. " + place + ", вул. Шкільна, " + (1 + i % 120));
                insert.setLong(11, 10_000L + (random.nextInt(290) * 5_000L));
                insert.setString(12, "author" + author + "@example.org");
                insert.setTimestamp(13, Timestamp.valueOf(submitted));
                insert.setTimestamp(14, Timestamp.valueOf(submitted));
                insert.setTimestamp(15, Timestamp.valueOf(submitted));
                insert.setTimestamp(16, Timestamp.valueOf(submitted));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement lines = db.prepareStatement("INSERT INTO project_estimate_line (project_id, position, item, "
                + "quantity, unit, unit_price) SELECT id, 0, 'Роботи та матеріали', 1, 'послуга', total_cost FROM project "
                + "WHERE cycle_id = ?")) {
            lines.setLong(1, cycle.id());
            lines.executeUpdate();
        }
        Map<Long, List<Long>> byCategory = new LinkedHashMap<>();
        cycle.categoryIds().forEach(category -> byCategory.put(category, new ArrayList<>()));
        try (PreparedStatement select = db.prepareStatement("SELECT id, category_id FROM project WHERE cycle_id = ? ORDER BY id")) {
            select.setLong(1, cycle.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byCategory.get(rows.getLong(2)).add(rows.getLong(1));
                }
            }
        }
        return new Cycle(cycle.id(), cycle.categoryIds(), byCategory);
    }

    /**
     * The distinct choices ballots are drawn from: in each category 1–3 projects, the popular ones (early on the
     * ballot) far more often than the rest, as in real elections; one voter in ten leaves a category empty.
     */
    private void prepareChoicePatterns(Connection db, Cycle cycle) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_choice");
            ddl.execute("CREATE TABLE bench_choice (k INT NOT NULL PRIMARY KEY, choices VARCHAR(4000) NOT NULL)");
            ddl.execute("CREATE TABLE IF NOT EXISTS bench_digit (d INT NOT NULL PRIMARY KEY)");
            ddl.execute("INSERT IGNORE INTO bench_digit VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_choice (k, choices) VALUES (?, ?)")) {
            for (int k = 0; k < CHOICE_PATTERNS; k++) {
                insert.setInt(1, k);
                insert.setString(2, choice(cycle).canonical());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Choices choice(Cycle cycle) {
        Map<Long, SortedSet<Long>> chosen = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Long>> category : cycle.projectsByCategory().entrySet()) {
            if (random.nextInt(10) == 0) {
                continue;
            }
            List<Long> projects = category.getValue();
            SortedSet<Long> picked = new TreeSet<>();
            int wanted = 1 + random.nextInt(3);
            while (picked.size() < wanted) {
                int index = (int) Math.min(projects.size() - 1, Math.abs(random.nextGaussian()) * projects.size() / 4);
                picked.add(projects.get(index));
            }
            chosen.put(category.getKey(), picked);
        }
        if (chosen.isEmpty()) {
            Map.Entry<Long, List<Long>> first = cycle.projectsByCategory().entrySet().iterator().next();
            chosen.put(first.getKey(), new TreeSet<>(List.of(first.getValue().get(0))));
        }
        return Choices.of(chosen);
    }

    /**
     * The ballot box, filled by the database itself in slices of 100,000 (random ids, receipts' hashes, channels),
     * each slice inserted in the order of the table's key.
     */
    private void insertBallots(Connection db, long cycleId, int count, String salt) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO ballot_box (ballot_id, cycle_id, channel, choices, "
                + "receipt_hash) SELECT MD5(CONCAT(?, '-', s.n)) AS ballot_id, ?, CASE WHEN s.n % 100 < 68 THEN 'PROVIDER' "
                + "WHEN s.n % 100 < 84 THEN 'SIGNATURE' ELSE 'PAPER' END, c.choices, SHA2(CONCAT('receipt-', ?, '-', s.n), 256) "
                + "FROM (" + SLICE + ") s JOIN bench_choice c ON c.k = s.n % " + CHOICE_PATTERNS
                + " WHERE s.n < ? ORDER BY ballot_id")) {
            for (int from = 0; from < count; from += SLICE_SIZE) {
                insert.setString(1, salt + cycleId);
                insert.setLong(2, cycleId);
                insert.setString(3, salt + cycleId);
                insert.setInt(4, from);
                insert.setInt(5, count);
                insert.executeUpdate();
            }
        }
    }

    /**
     * The voter register of the results cycle: people of every age band, both genders, all settlements and channels,
     * spread over the voting days; never linked to the ballots (as the platform keeps it).
     */
    private void insertVoters(Connection db, long cycleId, int count, List<Long> settlements) throws SQLException {
        LocalDate votingStart = today.minusDays(30);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO voter_register (cycle_id, person_key, channel, "
                + "cast_at, cast_on, age_band, gender, territory_id) SELECT ?, SHA2(CONCAT('voter-', ?, '-', s.n), 256), "
                + "CASE WHEN s.n % 100 < 68 THEN 'PROVIDER' WHEN s.n % 100 < 84 THEN 'SIGNATURE' ELSE 'PAPER' END, "
                + "TIMESTAMPADD(MINUTE, s.n % 900, TIMESTAMPADD(HOUR, 7, TIMESTAMPADD(DAY, s.n % 29, ?))), "
                + "TIMESTAMPADD(DAY, s.n % 29, ?), ELT(1 + (s.n % 37) % 6, 'FROM_14_TO_17', 'FROM_18_TO_24', "
                + "'FROM_25_TO_34', 'FROM_35_TO_49', 'FROM_50_TO_64', 'FROM_65'), IF(s.n % 2 = 0, 'FEMALE', 'MALE'), "
                + "ELT(1 + s.n % 3, ?, ?, ?) FROM (" + SLICE + ") s WHERE s.n < ?")) {
            for (int from = 0; from < count; from += SLICE_SIZE) {
                insert.setLong(1, cycleId);
                insert.setLong(2, cycleId);
                insert.setTimestamp(3, Timestamp.valueOf(votingStart.atStartOfDay()));
                insert.setObject(4, votingStart);
                for (int i = 0; i < 3; i++) {
                    insert.setLong(5 + i, settlements.get(i % settlements.size()));
                }
                insert.setInt(8, from);
                insert.setInt(9, count);
                insert.executeUpdate();
            }
        }
    }

    private void dropHelpers(Connection db) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS bench_choice");
            ddl.execute("DROP TABLE IF EXISTS bench_digit");
        }
    }

    private static long generatedKey(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
