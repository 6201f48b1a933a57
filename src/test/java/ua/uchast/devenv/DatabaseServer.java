package ua.uchast.devenv;

/** A MySQL-compatible server that can hand out a database. */
public interface DatabaseServer extends AutoCloseable {

    /** Creates the database if missing and says how to reach it. */
    DatabaseSettings provide(String name);

    @Override
    void close();
}
