package ua.uchast.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure is the database being out of reach (down, restarting, the connection lost), as opposed to a fault
 * of the request: the one is answered "temporarily unavailable, try again shortly", the other is a bug.
 */
public final class DatabaseOutage {

    /** What the connection pool says when it cannot open a connection (its exception carries no SQL state). */
    private static final String POOL_EXHAUSTED_OR_DOWN = "Error in allocating a connection";

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null && sql.getMessage().contains(POOL_EXHAUSTED_OR_DOWN))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable failure) {
        if (failure.getCause() != null) {
            return failure.getCause();
        }
        return failure instanceof SQLException sql ? sql.getNextException() : null;
    }
}
