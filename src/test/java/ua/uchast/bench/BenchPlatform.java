package ua.uchast.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import ua.uchast.devenv.BuildLayout;
import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.devenv.DemoIdentityProvider;
import ua.uchast.devenv.EmbeddedDatabase;
import ua.uchast.devenv.PayaraProcess;
import ua.uchast.devenv.PortFinder;
import ua.uchast.testsupport.Folders;
import ua.uchast.testsupport.TestSigner;

/**
 * The platform under measurement, started as the run command starts it (embedded MariaDB with its data kept in a
 * folder of the build, the demo identity provider, Payara Micro with the WAR) but with demo data off, test signing
 * authorities trusted, the vote rate limits out of the way and Java Flight Recorder recording the server.
 */
final class BenchPlatform implements AutoCloseable {

    static final String RESIDENT_KEY_SECRET = "benchmark-only-resident-key-secret-0123456789abcdef";

    private final BuildLayout build;
    private final Path work;
    private final TestSigner signer;
    private final DemoIdentityProvider identityProvider;
    private EmbeddedDatabase database;
    private DatabaseSettings settings;
    private PayaraProcess payara;
    private int databasePort;
    private int httpPort;

    private BenchPlatform(BuildLayout build, Path work, TestSigner signer, DemoIdentityProvider identityProvider) {
        this.build = build;
        this.work = work;
        this.signer = signer;
        this.identityProvider = identityProvider;
    }

    /** Everything under {@code work} is deleted first: a fresh database, fresh signing authorities. */
    static BenchPlatform fresh(BuildLayout build, Path work) {
        Folders.deleteRecursively(work.resolve("mariadb-data"));
        Folders.deleteRecursively(work.resolve("trust"));
        Folders.deleteRecursively(work.resolve("jfr"));
        TestSigner signer = TestSigner.create(work.resolve("trust"), Duration.ofDays(30));
        DemoIdentityProvider identityProvider = DemoIdentityProvider.start(work.resolve("identity-provider"),
                PortFinder.freePort());
        return new BenchPlatform(build, work, signer, identityProvider);
    }

    /** Starts the database and the server (as the run command does, both), returning how long until the first page. */
    Duration start() {
        long started = System.nanoTime();
        database = databasePort == 0
                ? EmbeddedDatabase.start(work.resolve("mariadb-base"), work.resolve("mariadb-data"))
                : EmbeddedDatabase.start(work.resolve("mariadb-base"), work.resolve("mariadb-data"), databasePort);
        databasePort = database.port();
        settings = database.provide("uchast");
        Map<String, String> environment = new HashMap<>(settings.asEnvironment());
        environment.putAll(identityProvider.asEnvironment());
        environment.put("UCHAST_DEMO_DATA", "false");
        environment.put("UCHAST_RESIDENT_KEY_SECRET", RESIDENT_KEY_SECRET);
        environment.put("UCHAST_TRUSTED_CA_DIR", signer.trustFolder().toString());
        environment.put("UCHAST_RATE_BALLOT_DOCUMENTS_PER_HOUR", "10000000");
        environment.put("UCHAST_RATE_SIGNED_BALLOTS_PER_HOUR", "10000000");
        environment.put("UCHAST_RATE_RECEIPT_CHECKS_PER_HOUR", "10000000");
        environment.put("JDK_JAVA_OPTIONS", Profiles.recordingOptions(work.resolve("jfr")));
        payara = httpPort == 0 ? PayaraProcess.startOnFreePort(build, environment)
                : PayaraProcess.start(build, httpPort, environment);
        httpPort = Integer.parseInt(payara.baseUrl().replaceAll(".*:(\\d+)/$", "$1"));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Stops the server and the database (their data stays). */
    void stop() {
        if (payara != null) {
            payara.close();
            payara = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    String baseUrl() {
        return payara.baseUrl();
    }

    Path serverLog() {
        return payara.log();
    }

    DatabaseSettings database() {
        return settings;
    }

    TestSigner signer() {
        return signer;
    }

    DemoIdentityProvider identityProvider() {
        return identityProvider;
    }

    /** The Payara Micro process (a child of this JVM: other people's servers on the machine are not). */
    ProcessHandle serverProcess() {
        return ProcessHandle.current().descendants()
                .filter(process -> process.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("Payara Micro is not running"));
    }

    /** The server's resident set size now, in MiB (Linux /proc). */
    long serverResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(serverProcess().pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            identityProvider.close();
        }
    }
}
