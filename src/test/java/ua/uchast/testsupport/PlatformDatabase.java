package ua.uchast.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import ua.uchast.devenv.DatabaseSettings;

/** Plain SQL on the database of the suite's running platform: to look at what a page or an API call left behind. */
public final class PlatformDatabase {

    private PlatformDatabase() {
    }

    /** The single number a query such as {@code SELECT COUNT(*) …} answers. */
    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement (e.g. to make an issued nonce expire without waiting 30 minutes). */
    public static void execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After the platform has started, so its migrations have made the tables. */
    private static Connection connect() throws SQLException {
        TestServices.platformUrl();
        DatabaseSettings settings = TestServices.database(TestServices.PLATFORM_DATABASE);
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
