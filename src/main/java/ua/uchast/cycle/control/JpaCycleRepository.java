package ua.uchast.cycle.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.cycle.entity.BudgetCycle;

@ApplicationScoped
public class JpaCycleRepository implements CycleRepository {

    private EntityManager entityManager;

    protected JpaCycleRepository() {
    }

    @Inject
    public JpaCycleRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<BudgetCycle> byId(Long id) {
        return Optional.ofNullable(id).map(key -> entityManager.find(BudgetCycle.class, key));
    }

    @Override
    public List<BudgetCycle> ofHromada(Long hromadaId) {
        return entityManager.createNamedQuery(BudgetCycle.OF_HROMADA, BudgetCycle.class).setParameter("hromadaId", hromadaId)
                .getResultList();
    }

    @Override
    public List<BudgetCycle> publishedOfHromada(Long hromadaId) {
        return entityManager.createNamedQuery(BudgetCycle.PUBLISHED_OF_HROMADA, BudgetCycle.class)
                .setParameter("hromadaId", hromadaId).getResultList();
    }

    @Override
    public boolean yearTaken(Long hromadaId, int year, Long exceptCycleId) {
        return entityManager.createNamedQuery(BudgetCycle.COUNT_OF_YEAR, Long.class).setParameter("hromadaId", hromadaId)
                .setParameter("year", year).setParameter("exceptId", exceptCycleId == null ? -1L : exceptCycleId)
                .getSingleResult() > 0;
    }

    @Override
    public BudgetCycle add(BudgetCycle cycle) {
        entityManager.persist(cycle);
        entityManager.flush();
        return cycle;
    }

    @Override
    public void remove(BudgetCycle cycle) {
        entityManager.remove(cycle);
        entityManager.flush();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
