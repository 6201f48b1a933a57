package ua.uchast.devenv;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole platform on this machine: an embedded MariaDB (or an external server) and Payara Micro with the WAR.
 * Used by the run command and by the HTTP and browser tests, so both exercise the same start-up.
 */
public final class LocalPlatform implements AutoCloseable {

    private final BuildLayout build;
    private final Path databaseBase;
    private final Path databaseData;
    private final DatabaseSettings externalDatabase;
    private final Map<String, String> environment;
    private final int port;
    private volatile EmbeddedDatabase database;
    private volatile PayaraProcess payara;

    /**
     * @param externalDatabase where to find the database, or null to run an embedded MariaDB with its files in
     *        {@code databaseBase} (binaries) and {@code databaseData} (data, kept between starts)
     */
    public LocalPlatform(BuildLayout build, Path databaseBase, Path databaseData, DatabaseSettings externalDatabase,
            Map<String, String> environment, int port) {
        this.build = build;
        this.databaseBase = databaseBase;
        this.databaseData = databaseData;
        this.externalDatabase = externalDatabase;
        this.environment = Map.copyOf(environment);
        this.port = port;
    }

    public LocalPlatform start(String databaseName) {
        Map<String, String> payaraEnvironment = new HashMap<>(environment);
        if (externalDatabase == null) {
            database = EmbeddedDatabase.start(databaseBase, databaseData);
            payaraEnvironment.putAll(database.provide(databaseName, "uchast", "uchast-local").asEnvironment());
        } else {
            payaraEnvironment.putAll(externalDatabase.asEnvironment());
        }
        payara = PayaraProcess.start(build, port, payaraEnvironment);
        return this;
    }

    public String baseUrl() {
        return payara.baseUrl();
    }

    public Path log() {
        return payara.log();
    }

    public void awaitExit() throws InterruptedException {
        payara.awaitExit();
    }

    @Override
    public void close() {
        if (payara != null) {
            payara.close();
            payara = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
