package ua.uchast.platform.control;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/** At start-up: bring the schema up to date from the migrations in sql/, then load demo data when asked to. */
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
        int applied = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
        LOG.info(() -> "Database schema up to date (" + applied + " migrations applied now)");
        if (loadDemoData && demoLoader.loadOnce()) {
            LOG.info("Demo data loaded");
        }
    }
}
