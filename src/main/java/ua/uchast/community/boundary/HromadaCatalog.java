package ua.uchast.community.boundary;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.entity.Hromada;

/** What anyone may read about the hromadas on this deployment. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HromadaCatalog {

    private HromadaRepository hromadas;

    protected HromadaCatalog() {
    }

    @Inject
    public HromadaCatalog(HromadaRepository hromadas) {
        this.hromadas = hromadas;
    }

    public List<Hromada> all() {
        return hromadas.all();
    }

    public Optional<Hromada> bySlug(String slug) {
        return slug == null ? Optional.empty() : hromadas.bySlug(slug);
    }

    public Optional<Hromada> byId(Long id) {
        return hromadas.byId(id);
    }
}
