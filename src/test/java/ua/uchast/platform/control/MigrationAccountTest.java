package ua.uchast.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MigrationAccountTest {

    @Test
    void withoutAMigrationUserMigrationsUseTheApplicationsOwnPool() {
        assertTrue(MigrationAccount.from(name -> Optional.empty()).isEmpty());
        assertTrue(MigrationAccount.from(name -> Optional.of(" ").filter(value -> name.endsWith("migration-user"))).isEmpty());
    }

    @Test
    void aMigrationUserConnectsToTheApplicationsServerAndDatabase() {
        Map<String, String> environment = Map.of("uchast.db.migration-user", "uchast_owner", "uchast.db.migration-password",
                "s3cret", "uchast.db.host", "db.internal", "uchast.db.name", "budget", "uchast.db.ssl-mode", "VERIFY_IDENTITY");
        MigrationAccount account = MigrationAccount.from(name -> Optional.ofNullable(environment.get(name))).orElseThrow();
        assertEquals("uchast_owner", account.user());
        assertEquals("s3cret", account.password());
        assertEquals("jdbc:mysql://db.internal:3306/budget?sslMode=VERIFY_IDENTITY&connectionTimeZone=UTC&characterEncoding=UTF-8",
                account.jdbcUrl());
    }
}
