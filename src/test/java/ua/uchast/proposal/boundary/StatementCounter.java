package ua.uchast.proposal.boundary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** Every SQL statement EclipseLink sends while counting is on; sessions acquired after {@link #attachTo} report here. */
final class StatementCounter extends SessionEventAdapter {

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private volatile boolean counting;

    static StatementCounter attachTo(EntityManager entityManager) {
        StatementCounter counter = new StatementCounter();
        entityManager.unwrap(JpaEntityManager.class).getServerSession().getEventManager().addListener(counter);
        return counter;
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        if (counting && event.getCall() instanceof DatabaseCall call) {
            statements.add(call.getSQLString());
        }
    }

    void start() {
        statements.clear();
        counting = true;
    }

    List<String> stop() {
        counting = false;
        return List.copyOf(statements);
    }
}
