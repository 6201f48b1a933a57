package ua.uchast.community.cli;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.RandomCodes;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.platform.cli.CliCommand;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * {@code create-operator --username NAME [--full-name "NAME"]}: creates a platform operator's account in the database
 * the UCHAST_DB_* variables point at (as the server reads them) and prints its one-time password, which must be
 * changed at the first sign-in (a second factor is set up then too). Run by whoever runs the deployment, on a machine
 * that reaches the database; the platform must have started once, so the tables exist.
 */
public class CreateOperatorCommand implements CliCommand {

    private static final String INSERT = "INSERT INTO staff_account (hromada_id, username, full_name, email, role, "
            + "password_hash, must_change_password, session_version, active, created_at, version) "
            + "VALUES (NULL, ?, ?, NULL, ?, ?, TRUE, 0, TRUE, ?, 1)";

    private final UnaryOperator<String> environment;

    public CreateOperatorCommand() {
        this(System::getenv);
    }

    /** With the UCHAST_DB_* variables looked up in {@code environment} rather than the process's own. */
    public CreateOperatorCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "create-operator";
    }

    @Override
    public String usage() {
        return "create-operator --username NAME [--full-name \"FULL NAME\"]   (database from UCHAST_DB_HOST, _PORT, _NAME, "
                + "_USER, _PASSWORD, _SSL_MODE)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Optional<String> username = option(args, "--username");
        if (username.isEmpty() || args.size() % 2 != 0
                || args.stream().filter(arg -> arg.startsWith("--")).anyMatch(arg -> !arg.equals("--username")
                        && !arg.equals("--full-name"))) {
            err.println("Usage: java -jar uchast-cli.jar " + usage());
            return EXIT_USAGE;
        }
        String oneTimePassword = RandomCodes.next();
        StaffAccount operator;
        try {
            operator = StaffAccount.platformOperator(username.get(), option(args, "--full-name").orElse(username.get()),
                    new PasswordHasher().hash(oneTimePassword), KyivTime.nowUtc(Clock.systemUTC()));
        } catch (InvalidInputException refused) {
            err.println(refused.violations().stream().map(violation -> violation.field() + ": "
                    + UiText.format(Locale.ROOT, violation.messageKey(), violation.arguments().toArray()))
                    .collect(Collectors.joining("\n")));
            return EXIT_USAGE;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), env("UCHAST_DB_USER", "uchast"),
                env("UCHAST_DB_PASSWORD", "uchast"))) {
            if (taken(connection, operator.username())) {
                err.println("The username " + operator.username() + " is taken; choose another.");
                return EXIT_USAGE;
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, operator.username());
                insert.setString(2, operator.fullName());
                insert.setString(3, operator.role().name());
                insert.setString(4, operator.passwordHash());
                insert.setTimestamp(5, Timestamp.valueOf(operator.createdAt()));
                insert.executeUpdate();
            }
        } catch (SQLException unreachable) {
            err.println("Cannot create the account in the database at " + jdbcUrl() + ": " + unreachable.getMessage()
                    + "\n(Set UCHAST_DB_* as for the server; the platform must have started once so that its tables exist.)");
            return EXIT_USAGE;
        }
        out.println("Platform operator " + operator.username() + " created.");
        out.println("One-time password: " + oneTimePassword);
        out.println("Hand it over in person. At the first sign-in (/login) it must be replaced, and a second factor set up.");
        return EXIT_OK;
    }

    private static boolean taken(Connection connection, String username) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM staff_account WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    private String jdbcUrl() {
        return "jdbc:mysql://" + env("UCHAST_DB_HOST", "localhost") + ":" + env("UCHAST_DB_PORT", "3306") + "/"
                + env("UCHAST_DB_NAME", "uchast") + "?sslMode=" + env("UCHAST_DB_SSL_MODE", "PREFERRED")
                + "&characterEncoding=UTF-8&connectionTimeZone=UTC";
    }

    private String env(String name, String otherwise) {
        return Optional.ofNullable(environment.apply(name)).filter(value -> !value.isBlank()).orElse(otherwise);
    }

    private static Optional<String> option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }
}
