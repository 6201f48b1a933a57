package ua.uchast.devenv;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A server someone else runs (MySQL 8 or MariaDB); the given account must be allowed to create databases and users.
 * Each database gets the test account {@code uchast}, as the application would have in production.
 */
public final class ExternalDatabaseServer implements DatabaseServer {

    private final String host;
    private final int port;
    private final String adminUser;
    private final String adminPassword;

    public ExternalDatabaseServer(String host, int port, String adminUser, String adminPassword) {
        this.host = host;
        this.port = port;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public DatabaseSettings provide(String name) {
        String user = "uchast";
        String password = "uchast-test";
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/?sslMode=PREFERRED",
                adminUser, adminPassword); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + name + " on " + host + ":" + port, e);
        }
        return new DatabaseSettings(host, port, name, user, password);
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
