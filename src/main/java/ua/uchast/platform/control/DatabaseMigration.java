package ua.uchast.platform.control;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * At start-up: bring the schema up to date from the migrations in sql/ (with the migration account if one is
 * configured, see {@link MigrationAccount}, else through the application's pool), then load demo data when asked to.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "jdbc/uchast")
    DataSource dataSource;

    @Inject
    DemoLoader demoLoader;

    @Inject
    @ConfigProperty(name = "uchast.demo-data", defaultValue = "false")
    boolean loadDemoData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        FluentConfiguration flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .locations("classpath:db/migration");
        Config config = ConfigProvider.getConfig();
        MigrationAccount.from(name -> config.getOptionalValue(name, String.class)).ifPresentOrElse(
                account -> flyway.dataSource(account.jdbcUrl(), account.user(), account.password()),
                () -> flyway.dataSource(dataSource));
        int applied = flyway.load().migrate().migrationsExecuted;
        LOG.info(() -> "Database schema up to date (" + applied + " migrations applied now)");
        if (loadDemoData && demoLoader.loadOnce()) {
            LOG.info("Demo data loaded");
        }
    }
}
