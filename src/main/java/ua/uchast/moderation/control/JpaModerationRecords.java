package ua.uchast.moderation.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.moderation.entity.Review;

@ApplicationScoped
public class JpaModerationRecords implements ModerationRecords {

    private EntityManager entityManager;

    protected JpaModerationRecords() {
    }

    @Inject
    public JpaModerationRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Review add(Review review) {
        entityManager.persist(review);
        return review;
    }

    @Override
    public List<Review> reviewsOf(Long projectId) {
        return entityManager.createNamedQuery(Review.OF_PROJECT, Review.class).setParameter("projectId", projectId).getResultList();
    }
}
