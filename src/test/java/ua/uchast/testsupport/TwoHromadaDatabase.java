package ua.uchast.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A freshly migrated database of its own for one test class, seeded with {@link TwoHromadas}:
 * {@code @RegisterExtension static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_name");}
 */
public final class TwoHromadaDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private TestPersistence persistence;
    private TwoHromadas hromadas;

    public TwoHromadaDatabase(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        persistence = TestPersistence.freshDatabase(name);
        hromadas = TwoHromadas.seed(persistence);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        persistence.close();
    }

    public TestPersistence persistence() {
        return persistence;
    }

    public TwoHromadas hromadas() {
        return hromadas;
    }
}
