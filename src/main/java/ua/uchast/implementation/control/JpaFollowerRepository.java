package ua.uchast.implementation.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.implementation.entity.Follower;

@ApplicationScoped
public class JpaFollowerRepository implements FollowerRepository {

    private EntityManager entityManager;

    protected JpaFollowerRepository() {
    }

    @Inject
    public JpaFollowerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Follower> ofProject(Long projectId) {
        return entityManager.createNamedQuery(Follower.OF_PROJECT, Follower.class).setParameter("projectId", projectId).getResultList();
    }

    @Override
    public Optional<Follower> byEmail(Long projectId, String normalizedEmail) {
        return entityManager.createNamedQuery(Follower.BY_EMAIL, Follower.class).setParameter("projectId", projectId)
                .setParameter("email", normalizedEmail).getResultStream().findFirst();
    }

    @Override
    public List<Follower> ofResident(Long projectId, Long residentId) {
        return entityManager.createNamedQuery(Follower.BY_RESIDENT, Follower.class).setParameter("projectId", projectId)
                .setParameter("residentId", residentId).getResultList();
    }

    @Override
    public Optional<String> latestEmailOf(Long residentId) {
        return entityManager.createNamedQuery(Follower.LATEST_OF_RESIDENT, Follower.class).setParameter("residentId", residentId)
                .setMaxResults(1).getResultStream().findFirst().map(Follower::email);
    }

    @Override
    public Optional<Follower> byId(Long followerId) {
        return Optional.ofNullable(followerId).map(id -> entityManager.find(Follower.class, id));
    }

    @Override
    public Follower add(Follower follower) {
        entityManager.persist(follower);
        entityManager.flush();
        return follower;
    }
}
