package ua.uchast.moderation.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.moderation.entity.MergeProposal;
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

    @Override
    public MergeProposal add(MergeProposal merge) {
        entityManager.persist(merge);
        entityManager.flush();
        return merge;
    }

    @Override
    public Optional<MergeProposal> merge(Long mergeId) {
        return Optional.ofNullable(mergeId).map(id -> entityManager.find(MergeProposal.class, id));
    }

    @Override
    public List<MergeProposal> openMergesOf(Long projectId) {
        return entityManager.createNamedQuery(MergeProposal.OPEN_OF_PROJECT, MergeProposal.class).setParameter("projectId", projectId)
                .getResultList();
    }
}
