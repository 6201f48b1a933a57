package ua.uchast.testsupport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.devenv.EmbeddedDatabase;
import ua.uchast.devenv.PayaraProcess;

/**
 * A platform wholly of its own for a crash test: unlike {@link TestServices#startSeparatePlatform}, which shares the
 * suite's database server, it has its own embedded MariaDB (own data under target/, own port) as well as its own Payara
 * Micro with the demo data, configured like the suite's. Either can be killed (SIGKILL), stopped
 * and started again on the same port and data, as an operator's supervisor would, without touching the suite's.
 */
public final class CrashablePlatform implements AutoCloseable {

    private static final String DATABASE = "uchast";

    private final Path dataDir;
    private final Map<String, String> environment;
    private final DatabaseSettings settings;
    private EmbeddedDatabase database;
    private PayaraProcess payara;
    private int payaraPort;

    private CrashablePlatform(Path dataDir, Map<String, String> overrides) {
        this.dataDir = dataDir;
        Folders.deleteRecursively(dataDir);
        database = EmbeddedDatabase.start(TestServices.embeddedBase(), dataDir);
        settings = database.provide(DATABASE);
        environment = new HashMap<>(TestServices.platformEnvironment(settings));
        environment.putAll(overrides);
    }

    /** Starts both; {@code overrides} replace the suite's environment variables (e.g. lower rate limits). */
    public static CrashablePlatform start(String name, Map<String, String> overrides) {
        CrashablePlatform platform = new CrashablePlatform(TestServices.build().targetDir().resolve("it-own-platforms").resolve(name), overrides);
        try {
            platform.payara = PayaraProcess.startOnFreePort(TestServices.build(), platform.environment);
            platform.payaraPort = platform.payara.port();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public String url() {
        return "http://localhost:" + payaraPort + "/";
    }

    public DatabaseSettings database() {
        return settings;
    }

    public Path serverLog() {
        return payara.log();
    }

    public void killPayara() {
        payara.kill();
    }

    /**
     * Starts Payara again on the same port, as a supervisor restarting the service would: once the killed server's
     * connections have left TIME_WAIT (Payara's listener does not reuse an address, so it cannot listen before; Linux
     * keeps them 60 s). Should the port still be taken then (another program's by now), on another port: {@link #url()}
     * follows.
     */
    public void startPayara() {
        awaitFree(payaraPort, Duration.ofSeconds(90));
        try {
            payara = PayaraProcess.start(TestServices.build(), payaraPort, environment);
        } catch (PayaraProcess.PortTakenException taken) {
            payara = PayaraProcess.startOnFreePort(TestServices.build(), environment);
            payaraPort = payara.port();
        }
    }

    private static void awaitFree(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(false);
                probe.bind(new InetSocketAddress(port));
                return;
            } catch (IOException stillTaken) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public void killDatabase() {
        database.kill();
    }

    /** Shuts the database server down in good order. */
    public void stopDatabase() {
        database.close();
    }

    /** Starts the database server again on the same port and data (after a kill, InnoDB recovers first). */
    public void startDatabase() {
        database = EmbeddedDatabase.start(TestServices.embeddedBase(), dataDir, database.port());
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.close();
        }
        try {
            database.close();
        } catch (RuntimeException alreadyDown) {
            // killed or stopped by the test
        }
    }
}
