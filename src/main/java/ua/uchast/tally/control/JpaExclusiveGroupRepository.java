package ua.uchast.tally.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.tally.entity.ExclusiveGroup;

@ApplicationScoped
public class JpaExclusiveGroupRepository implements ExclusiveGroupRepository {

    private EntityManager entityManager;

    protected JpaExclusiveGroupRepository() {
    }

    @Inject
    public JpaExclusiveGroupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ExclusiveGroup> ofCycle(Long cycleId) {
        return entityManager.createNamedQuery(ExclusiveGroup.OF_CYCLE, ExclusiveGroup.class).setParameter("cycleId", cycleId)
                .getResultList();
    }

    @Override
    public Optional<ExclusiveGroup> byId(Long groupId) {
        return Optional.ofNullable(entityManager.find(ExclusiveGroup.class, groupId));
    }

    @Override
    public void add(ExclusiveGroup group) {
        entityManager.persist(group);
        entityManager.flush();
    }

    @Override
    public void remove(ExclusiveGroup group) {
        entityManager.remove(group);
        entityManager.flush();
    }
}
