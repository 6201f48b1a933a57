package ua.uchast.platform.control;

import java.util.Optional;
import java.util.function.Function;

/**
 * The database account schema migrations run with, when it is not the application's own: UCHAST_DB_MIGRATION_USER
 * and _PASSWORD, on the server and database the application uses (UCHAST_DB_HOST, _PORT, _NAME, _SSL_MODE, with the
 * pool's defaults). With its own account for migrations, the application's account needs no right to change the
 * schema, and only INSERT and SELECT on the audit log.
 */
public record MigrationAccount(String jdbcUrl, String user, String password) {

    /** From the configuration ({@code uchast.db.migration-user} ↔ UCHAST_DB_MIGRATION_USER, ...); empty if none is set. */
    public static Optional<MigrationAccount> from(Function<String, Optional<String>> setting) {
        return setting.apply("uchast.db.migration-user").filter(user -> !user.isBlank()).map(user -> new MigrationAccount(
                "jdbc:mysql://" + setting.apply("uchast.db.host").orElse("localhost") + ":"
                        + setting.apply("uchast.db.port").orElse("3306") + "/" + setting.apply("uchast.db.name").orElse("uchast")
                        + "?sslMode=" + setting.apply("uchast.db.ssl-mode").orElse("PREFERRED")
                        + "&connectionTimeZone=UTC&characterEncoding=UTF-8",
                user, setting.apply("uchast.db.migration-password").orElse("")));
    }
}
