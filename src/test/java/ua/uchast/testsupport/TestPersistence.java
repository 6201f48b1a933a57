package ua.uchast.testsupport;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;

import ua.uchast.devenv.DatabaseSettings;

/**
 * The application's persistence unit outside the container, against a real database migrated by the same Flyway
 * migrations: the unit switches to resource-local transactions, nothing else changes.
 */
public final class TestPersistence implements AutoCloseable {

    private final EntityManagerFactory factory;

    private TestPersistence(EntityManagerFactory factory) {
        this.factory = factory;
    }

    /** A freshly migrated database of its own for one test class. */
    public static TestPersistence freshDatabase(String name) {
        DatabaseSettings settings = TestServices.database(name);
        Flyway flyway = Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration").cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        return open(settings);
    }

    /** The database the suite's platform runs on (already migrated by it), to add what a test needs beside the demo. */
    public static TestPersistence existingDatabase(String name) {
        return open(TestServices.database(name));
    }

    private static TestPersistence open(DatabaseSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver");
        properties.put("jakarta.persistence.jdbc.url", settings.jdbcUrl());
        properties.put("jakarta.persistence.jdbc.user", settings.user());
        properties.put("jakarta.persistence.jdbc.password", settings.password());
        properties.put("eclipselink.weaving", "false");
        return new TestPersistence(Persistence.createEntityManagerFactory("uchast", properties));
    }

    /** Runs the work in one transaction, as a boundary call would; rolls back if it throws. */
    public <T> T call(Function<EntityManager, T> work) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        transaction.begin();
        try {
            T result = work.apply(entityManager);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            entityManager.close();
        }
    }

    /** The factory, for a test that handles its transactions itself (e.g. rolls every one back). */
    public EntityManagerFactory factory() {
        return factory;
    }

    public void run(Consumer<EntityManager> work) {
        call(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    public long count(String entityName) {
        return call(entityManager -> entityManager.createQuery("select count(e) from " + entityName + " e", Long.class)
                .getSingleResult());
    }

    @Override
    public void close() {
        factory.close();
    }
}
