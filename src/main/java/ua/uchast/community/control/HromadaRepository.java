package ua.uchast.community.control;

import java.util.List;
import java.util.Optional;

import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaLogo;

public interface HromadaRepository {

    List<Hromada> all();

    Optional<Hromada> bySlug(String slug);

    Optional<Hromada> byId(Long id);

    Hromada add(Hromada hromada);

    Optional<HromadaLogo> logoOf(Long hromadaId);

    /** Whether the hromada has a logo, without reading it. */
    boolean hasLogo(Long hromadaId);

    void saveLogo(HromadaLogo logo);

    void removeLogo(Long hromadaId);

    /** Writes pending changes now, so that generated ids and database constraints are there for the caller. */
    void flush();
}
