package ua.uchast.platform.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Loads the demo data (never in production: only when configured) the first time the database sees it, and never again:
 * a marker row records that it was loaded, so deleted demo content does not come back at the next start.
 */
@ApplicationScoped
public class DemoLoader {

    static final String MARKER = "demo-data-loaded";

    @Inject
    EntityManager entityManager;

    @Inject
    Event<DemoDataRequested> requests;

    @Inject
    Clock clock;

    /** True when the demo data was loaded now; false when it had been loaded before. */
    @Transactional
    public boolean loadOnce() {
        int marked = entityManager.createNativeQuery("INSERT IGNORE INTO platform_marker (name, set_at) VALUES (?, ?)")
                .setParameter(1, MARKER).setParameter(2, KyivTime.nowUtc(clock)).executeUpdate();
        if (marked == 0) {
            return false;
        }
        requests.fire(new DemoDataRequested(clock));
        return true;
    }
}
