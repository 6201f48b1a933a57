package ua.uchast.community.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.community.entity.Hromada;

public interface HromadaRepository {

    List<Hromada> all();

    Optional<Hromada> bySlug(String slug);

    Optional<Hromada> byId(Long id);

    Hromada add(Hromada hromada);

    /** Writes pending changes now, so that generated ids and database constraints are there for the caller. */
    void flush();
}
