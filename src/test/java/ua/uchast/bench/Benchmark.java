package ua.uchast.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import ua.uchast.bench.BenchData.World;
import ua.uchast.devenv.BuildLayout;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.control.PublishedRule;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.testsupport.SharedFolder;
import ua.uchast.testsupport.TestSigner;
import ua.uchast.testsupport.WebClient;

/**
 * The performance benchmark (README, "Performance"): starts a fresh platform as the run command does, fills it with
 * generated data, loads it from this process over loopback and writes BENCHMARKS.md — every figure as the median of
 * its repetitions with min and max, next to the yardsticks measured in the same run (the storage limit D and the
 * server limit S), with the server's flight recording summarised for each phase.
 * <p>
 * A smoke run ({@code -Dbench.scale=0.05 -Dbench.repetitions=1}) shrinks data, loads and repetitions and says so at the
 * top of the file; the published figures use the defaults.
 */
public final class Benchmark {

    private static final int REPETITIONS = Integer.getInteger("bench.repetitions", 3);
    /** 1 for the published figures; below 1, every amount of data, load and time shrinks with it (a smoke run). */
    private static final double SCALE = Double.parseDouble(System.getProperty("bench.scale", "1"));
    private static final List<String> ALL_PHASES = List.of("voting", "signature", "catalogue", "tally", "results", "start-up");
    /**
     * Some phases only (-Dbench.phases=tally,results), to look again at what was just changed; such a run writes
     * target/bench/BENCHMARKS-partial.md and leaves BENCHMARKS.md as the last whole run wrote it.
     */
    private static final List<String> PHASES = List.of(System.getProperty("bench.phases", String.join(",", ALL_PHASES))
            .split(","));
    private static final int TALLY_BALLOTS = scaled(1_000_000, 1_000);
    private static final int RESULTS_VOTERS = scaled(250_000, 1_000);
    /** Voting cycles of the identity-provider channel: each signed-in resident votes once in each. */
    private static final int PROVIDER_CYCLES = 12;
    /** Ballots per repetition of V1, whatever the number of clients. */
    private static final int V1_BALLOTS = scaled(384, 1);
    private static final int[] VOTING_CLIENTS = {8, 32};
    private static final int CATALOGUE_CLIENTS = 50;
    private static final int SIGNATURE_CLIENTS = 8;
    private static final int SIGNED_BALLOTS = scaled(120, 8) / SIGNATURE_CLIENTS * SIGNATURE_CLIENTS;
    private static final int TIMED_SIGNATURES = scaled(40, 5);
    private static final Duration LOAD_TIME = Duration.ofMillis(scaled(6_000, 2_000));
    private static final String WIELICZKA = "Poland_Wieliczka_2023_Green_Budget.pb";
    private static final String STATIC_FILE = "resources/css/uchast.css";

    private final BuildLayout build = BuildLayout.fromSystemProperties();
    private final Path work = build.targetDir().resolve("bench");
    private final Report report = new Report();
    private final Map<String, Profiles.Stretch> recordings = new LinkedHashMap<>();
    private BenchPlatform platform;
    private Profiles profiles;
    private World world;
    private String base;
    private Voters voters;

    private Benchmark() {
    }

    public static void main(String[] args) {
        try {
            new Benchmark().run();
            System.exit(0);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Instant began = Instant.now();
        report.machine(began, loadAverage());
        if (SCALE < 1 || REPETITIONS < 3) {
            report.smokeRun("`-Dbench.scale=" + SCALE + " -Dbench.repetitions=" + REPETITIONS + "`");
        }
        log("starting a fresh platform (embedded MariaDB in " + work.resolve("mariadb-data") + ", Payara Micro)");
        platform = BenchPlatform.fresh(build, work);
        try {
            Duration firstStart = platform.start();
            base = platform.baseUrl();
            voters = new Voters(base);
            profiles = new Profiles(platform, work.resolve("jfr"));
            log("platform up in " + firstStart.toSeconds() + " s at " + base + "; generating data");
            world = new BenchData(platform.database()).generate(PROVIDER_CYCLES, TALLY_BALLOTS, RESULTS_VOTERS);
            report.generated(world.secondsTaken());
            world.secondsTaken().forEach((what, seconds) -> log(String.format(Locale.ROOT, "  %s: %.1f s", what, seconds)));
            if (PHASES.contains("voting") || PHASES.contains("catalogue")) {
                warmUp();
            }
            if (PHASES.contains("voting")) {
                votingAgainstYardsticks();
            }
            if (PHASES.contains("signature")) {
                signatureChannel();
            }
            if (PHASES.contains("catalogue")) {
                catalogue();
            }
            if (PHASES.contains("tally")) {
                tally();
            }
            if (PHASES.contains("results")) {
                results();
            }
            if (PHASES.contains("start-up")) {
                startUp(firstStart);
            }
        } finally {
            platform.close();
        }
        report.finished(Instant.now(), Duration.between(began, Instant.now()), loadAverage());
        report.profiles(recordings);
        Path output = PHASES.containsAll(ALL_PHASES) ? build.projectDir().resolve("BENCHMARKS.md")
                : work.resolve("BENCHMARKS-partial.md");
        Files.writeString(output, report.markdown(changes()), StandardCharsets.UTF_8);
        log("wrote " + output + " in " + Duration.between(began, Instant.now()).toSeconds() + " s");
    }

    /** The JIT compiles the hot paths before anything is timed. */
    private void warmUp() {
        log("warming up");
        ClosedLoop.run(8, 200, Duration.ofSeconds(4), (client, i) -> get(new WebClient(base), STATIC_FILE));
        ClosedLoop.run(8, 30, Duration.ofSeconds(10), (client, i) -> get(new WebClient(base), catalogueFirstPage()));
        List<WebClient> residents = signIn(8);
        ClosedLoop.Outcome votes = ClosedLoop.run(8, 4, Duration.ofSeconds(60), (client, i) -> Voters.vote(residents.get(client),
                world.providerCycles().get(i).id(), ThreadLocalRandom.current()));
        requireNoFailures("warming up the ballot", votes);
    }

    // ---------------------------------------------------------------- D, S and V1, side by side

    private void votingAgainstYardsticks() throws Exception {
        Map<Integer, Repeated> storage = new LinkedHashMap<>();
        Map<Integer, Repeated> server = new LinkedHashMap<>();
        Map<Integer, Repeated> ballots = new LinkedHashMap<>();
        Map<Integer, Repeated> ratios = new LinkedHashMap<>();
        Repeated memory = new Repeated();
        Instant since = Instant.now();
        for (int rep = 1; rep <= REPETITIONS; rep++) {
            for (int clients : VOTING_CLIENTS) {
                log("repetition " + rep + ", " + clients + " clients: D, S, V1");
                double d = storageLimit(clients);
                double s = serverLimit(clients);
                int residentsPerClient = Math.max(1, V1_BALLOTS / clients / PROVIDER_CYCLES);
                List<List<WebClient>> residents = new ArrayList<>();
                long signingIn = System.nanoTime();
                for (int r = 0; r < residentsPerClient; r++) {
                    residents.add(signIn(clients));
                }
                log(String.format(Locale.ROOT, "  %d residents signed in in %.1f s", clients * residentsPerClient,
                        (System.nanoTime() - signingIn) / 1e9));
                MemoryWatch watch = MemoryWatch.start(platform);
                ClosedLoop.Outcome votes = ClosedLoop.run(clients, residentsPerClient * PROVIDER_CYCLES, Duration.ofSeconds(90),
                        (client, i) -> Voters.vote(residents.get(i / PROVIDER_CYCLES).get(client),
                                world.providerCycles().get(i % PROVIDER_CYCLES).id(), ThreadLocalRandom.current()));
                memory.add(watch.stop());
                requireNoFailures("V1", votes);
                storage.computeIfAbsent(clients, n -> new Repeated()).add(d);
                server.computeIfAbsent(clients, n -> new Repeated()).add(s);
                ballots.computeIfAbsent(clients, n -> new Repeated()).add(votes.perSecond());
                ratios.computeIfAbsent(clients, n -> new Repeated()).add(votes.perSecond() / d);
                log(String.format(Locale.ROOT, "  D %.0f/s, S %.0f/s, V1 %.1f ballots/s (%d ballots)", d, s,
                        votes.perSecond(), votes.operations()));
            }
        }
        recordings.put("V1", profiles.dump("v1-identity-provider", since));
        for (int clients : VOTING_CLIENTS) {
            report.yardstick("D: storage limit, " + clients + " clients", "two-row insert transactions/s (voter register + "
                    + "ballot box, unique keys), JDBC, " + clients + " connections", storage.get(clients), "tx/s");
            report.yardstick("S: server limit, " + clients + " clients", "GET of a static file (" + STATIC_FILE + "), "
                    + clients + " clients", server.get(clients), "req/s");
        }
        for (int clients : VOTING_CLIENTS) {
            report.figure("V1: ballots/s, identity provider, " + clients + " clients", clients + " signed-in residents, each: "
                    + "ballot page (200 projects, 2 categories), confirmation, cast, thank-you page; " + PROVIDER_CYCLES
                    + " open cycles", ballots.get(clients), "ballots/s", "V1/D " + ratios.get(clients).text(2), "V1 ≥ 0.5 × D",
                    ratios.get(clients).median() >= 0.5, "V1");
        }
        report.figure("Memory under V1", "resident set size of the Payara Micro process, highest sample (every 200 ms) of "
                + "each V1 repetition", memory, "MB", "", "report MB", null, null);
    }

    private List<WebClient> signIn(int count) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 8));
        try {
            List<Future<WebClient>> signedIn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                signedIn.add(pool.submit(() -> voters.signedIn(world.providerCycles().get(0).id())));
            }
            List<WebClient> residents = new ArrayList<>();
            for (Future<WebClient> resident : signedIn) {
                residents.add(resident.get());
            }
            return residents;
        } catch (Exception e) {
            throw new IllegalStateException("residents could not sign in", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** D: what the database takes of the two rows a ballot writes, one transaction each, over N connections. */
    private double storageLimit(int clients) throws SQLException {
        BenchData data = new BenchData(platform.database());
        List<Connection> connections = new ArrayList<>();
        try {
            try (Connection db = data.connect(); var ddl = db.createStatement()) {
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_voter_register LIKE voter_register");
                ddl.execute("CREATE TABLE IF NOT EXISTS bench_ballot_box LIKE ballot_box");
            }
            List<PreparedStatement[]> statements = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Connection connection = data.connect();
                connection.setAutoCommit(false);
                connections.add(connection);
                statements.add(new PreparedStatement[] {
                        connection.prepareStatement("INSERT INTO bench_voter_register (cycle_id, person_key, channel, cast_at, "
                                + "cast_on, age_band, gender, territory_id) VALUES (?, ?, 'PROVIDER', UTC_TIMESTAMP(6), "
                                + "UTC_DATE(), 'FROM_35_TO_49', 'FEMALE', ?)"),
                        connection.prepareStatement("INSERT INTO bench_ballot_box (ballot_id, cycle_id, channel, choices, "
                                + "receipt_hash) VALUES (?, ?, 'PROVIDER', ?, ?)")});
            }
            long cycleId = world.providerCycles().get(0).id();
            String choices = "{\"" + world.providerCycles().get(0).categoryIds().get(0) + "\":[101,102],\""
                    + world.providerCycles().get(0).categoryIds().get(1) + "\":[205]}";
            ClosedLoop.Outcome outcome = ClosedLoop.run(clients, 100_000, LOAD_TIME, (client, i) -> {
                PreparedStatement[] insert = statements.get(client);
                insert[0].setLong(1, cycleId);
                insert[0].setString(2, randomHex(32));
                insert[0].setLong(3, world.hromadaId());
                insert[0].executeUpdate();
                insert[1].setString(1, randomHex(16));
                insert[1].setLong(2, cycleId);
                insert[1].setString(3, choices);
                insert[1].setString(4, randomHex(32));
                insert[1].executeUpdate();
                connections.get(client).commit();
            });
            requireNoFailures("D", outcome);
            return outcome.perSecond();
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    /** S: a static file from the same server, the same client, the same number of clients. */
    private double serverLimit(int clients) {
        List<WebClient> browsers = browsers(clients);
        ClosedLoop.Outcome outcome = ClosedLoop.run(clients, 100_000, LOAD_TIME,
                (client, i) -> get(browsers.get(client), STATIC_FILE));
        requireNoFailures("S", outcome);
        return outcome.perSecond();
    }

    // ---------------------------------------------------------------- V2

    private void signatureChannel() throws Exception {
        SignatureChannel channel = new SignatureChannel(base, platform.signer(), world.signatureCycle());
        Map<TestSigner.Algorithm, Repeated> throughput = new LinkedHashMap<>();
        Map<TestSigner.Algorithm, Repeated> serverMillis = new LinkedHashMap<>();
        Map<TestSigner.Algorithm, Repeated> rawMillis = new LinkedHashMap<>();
        Map<TestSigner.Algorithm, Repeated> rawWithCertificateMillis = new LinkedHashMap<>();
        Map<TestSigner.Algorithm, Repeated> ratios = new LinkedHashMap<>();
        Map<TestSigner.Algorithm, List<Instant[]>> windows = new LinkedHashMap<>();
        Map<TestSigner.Algorithm, List<List<byte[]>>> timedSignatures = new LinkedHashMap<>();
        Instant since = Instant.now();
        for (TestSigner.Algorithm algorithm : TestSigner.Algorithm.values()) {
            // warming up: the server's verifier and this process's BouncyCastle
            List<byte[]> warm = channel.sign(issue(channel, 30), algorithm);
            warm.forEach(channel::cast);
            for (byte[] signature : warm) {
                channel.rawVerify(signature, algorithm, true);
            }
        }
        for (int rep = 1; rep <= REPETITIONS; rep++) {
            for (TestSigner.Algorithm algorithm : TestSigner.Algorithm.values()) {
                log("repetition " + rep + ": V2 " + algorithm);
                long started = System.nanoTime();
                List<byte[]> documents = issue(channel, SIGNED_BALLOTS);
                double issuing = (System.nanoTime() - started) / 1e9;
                List<byte[]> signatures = channel.sign(documents, algorithm);
                ClosedLoop.Outcome cast = ClosedLoop.run(SIGNATURE_CLIENTS, SIGNED_BALLOTS / SIGNATURE_CLIENTS,
                        Duration.ofSeconds(120), (client, i) -> channel.cast(signatures.get(client * (SIGNED_BALLOTS
                                / SIGNATURE_CLIENTS) + i)));
                requireNoFailures("V2", cast);
                throughput.computeIfAbsent(algorithm, a -> new Repeated())
                        .add(cast.operations() / (issuing + cast.elapsed().toNanos() / 1e9));

                // one ballot at a time, so that the server's check and BouncyCastle's are timed alike
                List<byte[]> timed = channel.sign(issue(channel, TIMED_SIGNATURES), algorithm);
                Instant from = Instant.now();
                timed.forEach(channel::cast);
                windows.computeIfAbsent(algorithm, a -> new ArrayList<>()).add(new Instant[] {from, Instant.now()});
                timedSignatures.computeIfAbsent(algorithm, a -> new ArrayList<>()).add(timed);
            }
        }
        Profiles.Stretch recording = profiles.dump("v2-signature", since);
        recordings.put("V2", recording);
        List<Profiles.Timed> verifications = Profiles.verifications(recording);
        for (TestSigner.Algorithm algorithm : TestSigner.Algorithm.values()) {
            for (int rep = 0; rep < REPETITIONS; rep++) {
                Instant[] window = windows.get(algorithm).get(rep);
                List<Double> server = verifications.stream().filter(v -> !v.start().isBefore(window[0])
                        && !v.start().isAfter(window[1])).map(Profiles.Timed::millis).toList();
                List<Double> raw = new ArrayList<>();
                List<Double> rawWithCertificate = new ArrayList<>();
                for (int pass = 0; pass < 3; pass++) {
                    raw.clear();
                    rawWithCertificate.clear();
                    for (byte[] signature : timedSignatures.get(algorithm).get(rep)) {
                        raw.add(channel.rawVerify(signature, algorithm, false) / 1e6);
                        rawWithCertificate.add(channel.rawVerify(signature, algorithm, true) / 1e6);
                    }
                }
                double serverMedian = Repeated.median(server);
                serverMillis.computeIfAbsent(algorithm, a -> new Repeated()).add(serverMedian);
                rawMillis.computeIfAbsent(algorithm, a -> new Repeated()).add(Repeated.median(raw));
                rawWithCertificateMillis.computeIfAbsent(algorithm, a -> new Repeated()).add(Repeated.median(rawWithCertificate));
                ratios.computeIfAbsent(algorithm, a -> new Repeated()).add(serverMedian / Repeated.median(raw));
            }
        }
        Repeated d = report.yardstickValue("D: storage limit, 8 clients");
        for (TestSigner.Algorithm algorithm : TestSigner.Algorithm.values()) {
            String name = algorithm == TestSigner.Algorithm.ECDSA_P256 ? "ECDSA P-256" : "DSTU 4145";
            report.figure("V2: ballots/s, signature channel, " + name, SIGNATURE_CLIENTS + " clients: " + SIGNED_BALLOTS
                            + " ballot documents issued (POST ballot-documents), signed by as many voters' own keys (not "
                            + "timed), uploaded (POST signed-ballots)", throughput.get(algorithm), "ballots/s",
                    "V2/D " + Repeated.number(throughput.get(algorithm).median() / d.median(), 2), "(no target)", null, "V2");
            report.figure("V2: server-side verify, " + name, "median of " + TIMED_SIGNATURES + " ballots cast one at a time: "
                            + "the server's whole check (JFR event ua.uchast.SignatureVerification) vs. BouncyCastle verifying "
                            + "the same signature here: " + rawMillis.get(algorithm).text(3) + " ms (with the CA's signature "
                            + "on the certificate: " + rawWithCertificateMillis.get(algorithm).text(3) + " ms)",
                    serverMillis.get(algorithm), "ms", "server/raw " + ratios.get(algorithm).text(2), "≤ 1.3 × raw",
                    ratios.get(algorithm).median() <= 1.3, "V2");
        }
    }

    private List<byte[]> issue(SignatureChannel channel, int count) {
        List<byte[]> documents = new ArrayList<>(count);
        ClosedLoop.Outcome issued = ClosedLoop.run(SIGNATURE_CLIENTS, (count + SIGNATURE_CLIENTS - 1) / SIGNATURE_CLIENTS,
                Duration.ofSeconds(120), (client, i) -> {
                    byte[] document = channel.issue();
                    synchronized (documents) {
                        documents.add(document);
                    }
                });
        requireNoFailures("issuing ballot documents", issued);
        return documents.subList(0, count);
    }

    // ---------------------------------------------------------------- catalogue

    private void catalogue() {
        Repeated server = new Repeated();
        Map<String, Repeated> throughput = new LinkedHashMap<>();
        Map<String, Repeated> p95 = new LinkedHashMap<>();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("first page", catalogueFirstPage());
        pages.put("filtered, searched page", "proposal/catalogue?cycle=" + world.catalogueCycle().id() + "&category="
                + world.catalogueCategoryId() + "&territory=" + world.catalogueTerritoryId()
                + "&status=SUBMITTED&q=%D0%BC%D0%B0%D0%B9%D0%B4%D0%B0%D0%BD%D1%87%D0%B8%D0%BA&sort=COST_DESCENDING&page=1");
        Instant since = Instant.now();
        for (int rep = 1; rep <= REPETITIONS; rep++) {
            log("repetition " + rep + ": S and the catalogue, " + CATALOGUE_CLIENTS + " clients");
            server.add(serverLimit(CATALOGUE_CLIENTS));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                List<WebClient> browsers = browsers(CATALOGUE_CLIENTS);
                ClosedLoop.Outcome outcome = ClosedLoop.run(CATALOGUE_CLIENTS, 100_000, LOAD_TIME,
                        (client, i) -> get(browsers.get(client), page.getValue()));
                requireNoFailures("catalogue", outcome);
                throughput.computeIfAbsent(page.getKey(), p -> new Repeated()).add(outcome.perSecond());
                p95.computeIfAbsent(page.getKey(), p -> new Repeated()).add(outcome.percentileMillis(95));
            }
        }
        recordings.put("catalogue", profiles.dump("catalogue", since));
        report.yardstick("S: server limit, " + CATALOGUE_CLIENTS + " clients", "GET of a static file, " + CATALOGUE_CLIENTS
                + " clients", server, "req/s");
        for (String page : pages.keySet()) {
            Repeated ratio = new Repeated();
            for (int rep = 0; rep < REPETITIONS; rep++) {
                ratio.add(throughput.get(page).values().get(rep) / server.values().get(rep));
            }
            boolean holds = ratio.median() >= 0.3 && p95.get(page).median() < 50;
            report.figure("Catalogue, " + page, CATALOGUE_CLIENTS + " clients, cycle with " + BenchData.CATALOGUE_PROJECTS
                            + " projects: `" + pages.get(page).replaceAll("cycle=\\d+", "cycle=ID") + "`; p95 "
                            + p95.get(page).text(1) + " ms", throughput.get(page), "req/s",
                    "catalogue/S " + ratio.text(2) + ", p95 " + Repeated.number(p95.get(page).median(), 1) + " ms",
                    "≥ 0.3 × S, p95 < 50 ms", holds, "catalogue");
        }
    }

    private String catalogueFirstPage() {
        return "proposal/catalogue?cycle=" + world.catalogueCycle().id();
    }

    // ---------------------------------------------------------------- tally

    private void tally() throws Exception {
        WebClient admin = new WebClient(base).waitingUpTo(Duration.ofMinutes(5));
        WebClient.Page desk = admin.signIn(BenchData.ADMIN, BenchData.ADMIN_PASSWORD);
        Voters.require(desk.uri().getPath().startsWith("/staff"), "the staff desk after signing in", desk);
        long cycleId = world.tallyCycle().id();
        Instant since = Instant.now();
        Repeated greedy = timedTallies(admin, cycleId, "greedy");
        recordings.put("tally greedy", profiles.dump("tally-greedy", since));
        setRule(cycleId, "EQUAL_SHARES_WITH_COMPARISON");
        since = Instant.now();
        Repeated equalShares = timedTallies(admin, cycleId, "Equal Shares");
        recordings.put("tally Equal Shares", profiles.dump("tally-equal-shares", since));
        setRule(cycleId, "GREEDY");

        String ballots = String.format(Locale.ROOT, "%,d", TALLY_BALLOTS).replace(',', ' ');
        report.figure("Tally greedy, " + ballots + " ballots", ballots + " ballots × 200 projects (2 categories) cast on the "
                        + "platform; the administrator presses \"run the tally\" on /tally/admin/tally?id=ID, timed until the "
                        + "page with the result has arrived (after one untimed run)", greedy, "s", "", "< 2 s", greedy.median() < 2, "tally greedy");
        report.figure("Tally Equal Shares, " + ballots + " ballots", "the same cycle counted by equalshares/add1-comparison",
                equalShares, "s", "", "< 10 s", equalShares.median() < 10, "tally Equal Shares");

        PbElection wieliczka = new PabulibParser().parse(SharedFolder.of("pabulib").resolve(WIELICZKA));
        PublishedRule.Reading rule = PublishedRule.read(wieliczka, "equalshares/add1-comparison");
        TallyOptions options = new TallyOptions(rule.rule(), TieOrderRule.FILE_ORDER, false, rule.exclusions());
        Tallying tallying = new Tallying();
        for (int i = 0; i < 20; i++) {
            tallying.tally(wieliczka, options);
        }
        Repeated inProcess = new Repeated();
        for (int rep = 0; rep < Math.max(5, REPETITIONS); rep++) {
            long started = System.nanoTime();
            tallying.tally(wieliczka, options);
            inProcess.add((System.nanoTime() - started) / 1e6);
        }
        report.figure("Tally Equal Shares, Wieliczka 2023", "Poland_Wieliczka_2023_Green_Budget.pb (" + wieliczka.voterCount()
                        + " voters, " + wieliczka.projects().size() + " projects), equalshares/add1-comparison in this "
                        + "process on one thread, after 20 untimed runs", inProcess, "ms", "", "< 50 ms",
                inProcess.median() < 50, null);
    }

    private Repeated timedTallies(WebClient admin, long cycleId, String what) throws Exception {
        Repeated seconds = new Repeated();
        for (int rep = 0; rep <= REPETITIONS; rep++) {
            log((rep == 0 ? "untimed " : "repetition " + rep + ": ") + "tally " + what);
            WebClient.Page opened = admin.get("tally/admin/tally?id=" + cycleId);
            long started = System.nanoTime();
            WebClient.Page counted = runTally(admin, opened);
            double taken = (System.nanoTime() - started) / 1e9;
            log(String.format(Locale.ROOT, "  %.2f s", taken));
            if (rep > 0) {
                seconds.add(taken);
            }
        }
        return seconds;
    }

    private void setRule(long cycleId, String rule) throws SQLException {
        try (Connection db = new BenchData(platform.database()).connect();
                PreparedStatement update = db.prepareStatement("UPDATE budget_cycle SET tally_rule = ? WHERE id = ?")) {
            update.setString(1, rule);
            update.setLong(2, cycleId);
            update.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- results

    private void results() throws Exception {
        WebClient admin = new WebClient(base).waitingUpTo(Duration.ofMinutes(5));
        admin.signIn(BenchData.ADMIN, BenchData.ADMIN_PASSWORD);
        long cycleId = world.resultsCycle().id();
        WebClient.Page tallyPage = runTally(admin, admin.get("tally/admin/tally?id=" + cycleId));
        String how = "published cycle with " + String.format(Locale.ROOT, "%,d", RESULTS_VOTERS).replace(',', ' ')
                + " voters, " + CATALOGUE_CLIENTS + " clients: /results/view?cycle=ID and /results/statistics?cycle=ID";
        WebClient.Page published = admin.submit(tallyPage, "publishForm", "publish", Map.of());
        Voters.require(published.uri().getPath().endsWith("/results/view"), "the results page after publishing", published);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("results page", "results/view?cycle=" + cycleId);
        pages.put("statistics page", "results/statistics?cycle=" + cycleId);
        Instant since = Instant.now();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Repeated throughput = new Repeated();
            Repeated p95 = new Repeated();
            for (int rep = 0; rep <= REPETITIONS; rep++) {
                List<WebClient> browsers = browsers(CATALOGUE_CLIENTS);
                ClosedLoop.Outcome outcome = ClosedLoop.run(CATALOGUE_CLIENTS, 100_000, LOAD_TIME,
                        (client, i) -> get(browsers.get(client), page.getValue()));
                requireNoFailures(page.getKey(), outcome);
                if (rep > 0) {
                    throughput.add(outcome.perSecond());
                    p95.add(outcome.percentileMillis(95));
                }
            }
            report.figure("Results, " + page.getKey(), how + "; p95 " + p95.text(1) + " ms (after one untimed run)",
                    throughput, "req/s", "p95 " + Repeated.number(p95.median(), 1) + " ms", "p95 < 100 ms",
                    p95.median() < 100, "results");
        }
        recordings.put("results", profiles.dump("results", since));
    }

    // ---------------------------------------------------------------- start-up

    private void startUp(Duration firstStart) {
        Repeated seconds = new Repeated();
        for (int rep = 1; rep <= REPETITIONS; rep++) {
            log("repetition " + rep + ": restarting the platform");
            platform.stop();
            seconds.add(platform.start().toMillis() / 1000.0);
        }
        report.figure("Start-up", "database and server started as the run command starts them, until the home page "
                        + "is served (data present; the very first start on an empty folder, which also installs the "
                        + "database and runs every migration, took " + Repeated.number(firstStart.toMillis() / 1000.0, 1)
                        + " s)", seconds, "s", "", "< 20 s", seconds.median() < 20, null);
    }

    // ---------------------------------------------------------------- helpers

    private List<WebClient> browsers(int count) {
        List<WebClient> browsers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            browsers.add(new WebClient(base));
        }
        return browsers;
    }

    private static void get(WebClient browser, String path) {
        WebClient.Page page = browser.get(path);
        if (page.status() != 200) {
            throw new IllegalStateException(path + " answered " + page.status());
        }
    }

    /** Presses "run the tally" on the opened tally page and requires the page with every category's result. */
    private static WebClient.Page runTally(WebClient admin, WebClient.Page opened) {
        WebClient.Page counted = admin.submit(opened, "runForm", "run", Map.of());
        if (counted.status() != 200 || !counted.contains("category-tally")) {
            throw new IllegalStateException("no tally: " + counted.status() + " " + counted.body().substring(0,
                    Math.min(500, counted.body().length())));
        }
        return counted;
    }

    private static void requireNoFailures(String what, ClosedLoop.Outcome outcome) {
        if (outcome.failures() > 0) {
            throw new IllegalStateException(what + ": " + outcome.failures() + " of " + (outcome.failures()
                    + outcome.operations()) + " operations failed, e.g. " + outcome.firstFailure());
        }
    }

    /** {@code full} at scale 1, else that share of it, but never below {@code least}. */
    private static int scaled(int full, int least) {
        return Math.max(least, (int) Math.round(full * SCALE));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String changes() throws IOException {
        try (InputStream text = Benchmark.class.getResourceAsStream("changes.md")) {
            return text == null ? "" : new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void log(String message) {
        System.out.println("[bench " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }

    /** The server's resident memory, sampled while a load runs; the highest sample. */
    private static final class MemoryWatch {

        private final AtomicLong highest = new AtomicLong();
        private final Thread sampler;

        private MemoryWatch(BenchPlatform platform) {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    highest.accumulateAndGet(platform.serverResidentMegabytes(), Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch");
        }

        static MemoryWatch start(BenchPlatform platform) {
            MemoryWatch watch = new MemoryWatch(platform);
            watch.sampler.start();
            return watch;
        }

        long stop() throws InterruptedException {
            sampler.interrupt();
            sampler.join();
            return highest.get();
        }
    }
}
