package ua.uchast.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.devenv.PayaraProcess;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;

/**
 * With UCHAST_DB_MIGRATION_USER set, Flyway applies the schema with that account, so the application's own account
 * can go without schema rights (and with only INSERT and SELECT on the audit log). Flyway records who applied each
 * migration, which tells the two accounts apart.
 */
class MigrationAccountIT {

    private static final String DATABASE = "uchast_migration_account";
    private static final String MIGRATION_USER = "uchast_owner";

    @Test
    void theSchemaIsAppliedWithTheMigrationAccountAndThePlatformWorksWithItsOwn() {
        DatabaseSettings database = TestServices.database(DATABASE);
        assumeTrue(TestServices.embeddedDatabase(), "an external test database has no account " + MIGRATION_USER);
        try (PayaraProcess platform = TestServices.startSeparatePlatform(DATABASE, Map.of(
                "UCHAST_DB_MIGRATION_USER", MIGRATION_USER, "UCHAST_DB_MIGRATION_PASSWORD", "not-the-applications"))) {
            long applied = PlatformDatabase.count(database, "SELECT COUNT(*) FROM flyway_schema_history WHERE success");
            long byOthers = PlatformDatabase.count(database,
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE installed_by <> ?", MIGRATION_USER);
            assertTrue(applied > 0, "the schema was applied");
            assertEquals(0, byOthers, "every migration was applied by " + MIGRATION_USER + ", not by the application's "
                    + database.user());

            WebClient.Page signedIn = new WebClient(platform.baseUrl()).signIn(CommunityDemo.ADMINISTRATORS.get(0),
                    CommunityDemo.PASSWORD);
            assertTrue(signedIn.contains("Олена Коваль"), "the platform works with the application's account");
        }
    }
}
