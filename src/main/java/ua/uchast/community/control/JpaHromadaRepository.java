package ua.uchast.community.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaLogo;

@ApplicationScoped
public class JpaHromadaRepository implements HromadaRepository {

    private EntityManager entityManager;

    protected JpaHromadaRepository() {
    }

    @Inject
    public JpaHromadaRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Hromada> all() {
        return entityManager.createNamedQuery(Hromada.ALL, Hromada.class).getResultList();
    }

    @Override
    public Optional<Hromada> bySlug(String slug) {
        return entityManager.createNamedQuery(Hromada.BY_SLUG, Hromada.class).setParameter("slug", slug).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Hromada> byId(Long id) {
        return Optional.ofNullable(id).map(key -> entityManager.find(Hromada.class, key));
    }

    @Override
    public Hromada add(Hromada hromada) {
        entityManager.persist(hromada);
        return hromada;
    }

    @Override
    public Optional<HromadaLogo> logoOf(Long hromadaId) {
        return Optional.ofNullable(hromadaId).map(key -> entityManager.find(HromadaLogo.class, key));
    }

    @Override
    public boolean hasLogo(Long hromadaId) {
        return entityManager.createQuery("select count(l) from HromadaLogo l where l.hromadaId = :id", Long.class)
                .setParameter("id", hromadaId).getSingleResult() > 0;
    }

    @Override
    public void saveLogo(HromadaLogo logo) {
        if (!entityManager.contains(logo)) {
            entityManager.persist(logo);
        }
    }

    @Override
    public void removeLogo(Long hromadaId) {
        logoOf(hromadaId).ifPresent(entityManager::remove);
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
