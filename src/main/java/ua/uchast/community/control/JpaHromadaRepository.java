package ua.uchast.community.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.community.entity.Hromada;

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
    public void flush() {
        entityManager.flush();
    }
}
