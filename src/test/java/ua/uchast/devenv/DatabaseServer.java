package ua.uchast.devenv;

/** A MySQL-compatible server that can hand out a database with its own user. */
public interface DatabaseServer extends AutoCloseable {

    /** Creates the database and its user if missing, and says how to reach it. */
    DatabaseSettings provide(String name, String user, String password);

    @Override
    void close();
}
