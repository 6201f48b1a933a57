package ua.uchast.testsupport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ua.uchast.devenv.BuildLayout;
import ua.uchast.devenv.DatabaseServer;
import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.devenv.DemoIdentityProvider;
import ua.uchast.devenv.EmbeddedDatabase;
import ua.uchast.devenv.ExternalDatabaseServer;
import ua.uchast.devenv.PayaraCluster;
import ua.uchast.devenv.PayaraProcess;
import ua.uchast.devenv.PortFinder;

/**
 * One database server and one Payara Micro for the whole integration suite (each start costs ~20 s), started on
 * first use and stopped when the test JVM exits. By default an embedded MariaDB with fresh data under target/;
 * with UCHAST_TEST_DB_HOST (and _PORT, _USER, _PASSWORD of an account that may create databases) an external one.
 */
public final class TestServices {

    /** The database the running platform uses; integration tests use databases of their own. */
    public static final String PLATFORM_DATABASE = "uchast_web";
    private static final String SEPARATE_DATABASE = "uchast_separate";

    /** The resident-key secret of the platform under test (tests may compute expected keys with it). */
    public static final String RESIDENT_KEY_SECRET = "integration-tests-only-resident-key-secret-0123456789";

    private static final BuildLayout BUILD = BuildLayout.fromSystemProperties();
    private static DatabaseServer server;
    private static EmbeddedDatabase embedded;
    private static PayaraProcess payara;
    private static PayaraProcess separatePayara;
    private static DemoIdentityProvider identityProvider;
    private static GreenMail mailServer;
    private static TestSigner testSigner;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestServices::stopAll));
    }

    private TestServices() {
    }

    public static BuildLayout build() {
        return BUILD;
    }

    public static synchronized DatabaseSettings database(String name) {
        if (server == null) {
            server = env("UCHAST_TEST_DB_HOST").<DatabaseServer>map(host -> new ExternalDatabaseServer(host,
                    Integer.parseInt(env("UCHAST_TEST_DB_PORT").orElse("3306")), env("UCHAST_TEST_DB_USER").orElse("root"),
                    env("UCHAST_TEST_DB_PASSWORD").orElse(""))).orElseGet(TestServices::startEmbedded);
        }
        return server.provide(name);
    }

    /** Whether the suite's database server is the embedded one, which checks no passwords: any account name connects. */
    public static boolean embeddedDatabase() {
        return env("UCHAST_TEST_DB_HOST").isEmpty();
    }

    /** The base URL (ending in /) of the platform under test, with demo data loaded. */
    public static synchronized String platformUrl() {
        if (payara == null) {
            startPayara();
        }
        return payara.baseUrl();
    }

    /**
     * A second platform with demo data on a database of its own, for a test whose writes must not meet the other
     * tests' (the crawler submits every form it finds). Started on first use, stopped with the suite.
     */
    public static synchronized String separatePlatformUrl() {
        if (separatePayara == null) {
            separatePayara = PayaraProcess.startOnFreePort(BUILD, platformEnvironment(SEPARATE_DATABASE));
        }
        return separatePayara.baseUrl();
    }

    public static synchronized void stopSeparatePlatform() {
        Optional.ofNullable(separatePayara).ifPresent(PayaraProcess::close);
        separatePayara = null;
    }

    /** The demo OpenID Connect provider the platform under test signs residents in with. */
    public static synchronized DemoIdentityProvider identityProvider() {
        if (identityProvider == null) {
            identityProvider = DemoIdentityProvider.start(BUILD.targetDir().resolve("it-identity-provider"),
                    PortFinder.freePort());
        }
        return identityProvider;
    }

    /** The SMTP server on loopback the platform under test sends its mail to; tests read what arrived. */
    public static synchronized GreenMail mailServer() {
        if (mailServer == null) {
            mailServer = new GreenMail(new ServerSetup(PortFinder.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mailServer.start();
        }
        return mailServer;
    }

    /** The server log of the platform under test. */
    public static synchronized Path platformLog() {
        platformUrl();
        return payara.log();
    }

    /** The test signing authorities the platform under test trusts (UCHAST_TRUSTED_CA_DIR), new for each run. */
    public static synchronized TestSigner testSigner() {
        if (testSigner == null) {
            Path trust = BUILD.targetDir().resolve("it-signing-ca/trust");
            Folders.deleteRecursively(trust);
            testSigner = TestSigner.create(trust, Duration.ofDays(30));
        }
        return testSigner;
    }

    /** Stops Payara and (when embedded) the database, and starts both again on the same data, as a restart would. */
    public static synchronized void restartPlatform() {
        platformUrl();
        payara.close();
        if (embedded != null) {
            int port = embedded.port();
            embedded.close();
            embedded = EmbeddedDatabase.start(embeddedBase(), embeddedData(), port);
            server = embedded;
        }
        startPayara();
    }

    /**
     * A platform of its own (its own Payara Micro on its own database with demo data), for a test that may bring a
     * server down or leave its limits exhausted; the caller closes it.
     */
    public static PayaraProcess startSeparatePlatform(String databaseName) {
        return startSeparatePlatform(databaseName, Map.of());
    }

    /** The same, with some of the suite's environment variables replaced (e.g. lower rate limits). */
    public static PayaraProcess startSeparatePlatform(String databaseName, Map<String, String> overrides) {
        Map<String, String> environment = platformEnvironment(databaseName);
        environment.putAll(overrides);
        return PayaraProcess.startOnFreePort(BUILD, environment);
    }

    /**
     * A cluster of its own for a test that brings instances down: {@code running} Payara Micro instances in one data
     * grid with room for {@code slots}, behind HAProxy, on their own database with demo data; the caller closes it.
     */
    public static PayaraCluster startSeparateCluster(String databaseName, int running, int slots) {
        Map<String, String> environment = platformEnvironment(databaseName);
        environment.put("UCHAST_RATE_RECEIPT_CHECKS_PER_HOUR", "100000");
        return PayaraCluster.start(BUILD, environment, "uchast-it-" + ProcessHandle.current().pid(), running, slots, 0);
    }

    private static void startPayara() {
        payara = PayaraProcess.startOnFreePort(BUILD, platformEnvironment(PLATFORM_DATABASE));
    }

    private static Map<String, String> platformEnvironment(String databaseName) {
        return platformEnvironment(database(databaseName));
    }

    /** How the suite's platforms are configured (demo data, the test CA, mail, identity provider) on the given database. */
    static Map<String, String> platformEnvironment(DatabaseSettings database) {
        Map<String, String> environment = merged(database.asEnvironment(), identityProvider().asEnvironment());
        environment.put("UCHAST_DEMO_DATA", "true");
        environment.put("UCHAST_SMTP_HOST", "127.0.0.1");
        environment.put("UCHAST_SMTP_PORT", Integer.toString(mailServer().getSmtp().getPort()));
        environment.put("UCHAST_SMTP_FROM", "uchast@test.localhost");
        environment.put("UCHAST_RESIDENT_KEY_SECRET", RESIDENT_KEY_SECRET);
        environment.put("UCHAST_TRUSTED_CA_DIR", testSigner().trustFolder().toString());
        // Concurrency tests send thousands of ballots from one address; the rate limits are tested on a platform of their own.
        environment.put("UCHAST_RATE_BALLOT_DOCUMENTS_PER_HOUR", "100000");
        environment.put("UCHAST_RATE_SIGNED_BALLOTS_PER_HOUR", "100000");
        environment.put("UCHAST_RATE_SIGNED_BALLOTS_PER_PERSON_PER_HOUR", "100000");
        return environment;
    }

    private static EmbeddedDatabase startEmbedded() {
        Folders.deleteRecursively(embeddedData());
        embedded = EmbeddedDatabase.start(embeddedBase(), embeddedData());
        return embedded;
    }

    /** Where the embedded MariaDB's programs are unpacked; servers of their own run from the same folder. */
    static Path embeddedBase() {
        return BUILD.targetDir().resolve("it-mariadb/base");
    }

    private static Path embeddedData() {
        return BUILD.targetDir().resolve("it-mariadb/data");
    }

    private static synchronized void stopAll() {
        Optional.ofNullable(payara).ifPresent(PayaraProcess::close);
        Optional.ofNullable(separatePayara).ifPresent(PayaraProcess::close);
        Optional.ofNullable(identityProvider).ifPresent(DemoIdentityProvider::close);
        Optional.ofNullable(mailServer).ifPresent(GreenMail::stop);
        Optional.ofNullable(server).ifPresent(DatabaseServer::close);
    }

    private static HashMap<String, String> merged(Map<String, String> first, Map<String, String> second) {
        HashMap<String, String> all = new HashMap<>(first);
        all.putAll(second);
        return all;
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
