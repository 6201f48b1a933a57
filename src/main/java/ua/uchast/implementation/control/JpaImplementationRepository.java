package ua.uchast.implementation.control;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ReportPhoto;
import ua.uchast.implementation.entity.ReportPhotoContent;

@ApplicationScoped
public class JpaImplementationRepository implements ImplementationRepository {

    private EntityManager entityManager;

    protected JpaImplementationRepository() {
    }

    @Inject
    public JpaImplementationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Implementation> ofProject(Long projectId) {
        return entityManager.createNamedQuery(Implementation.OF_PROJECT, Implementation.class).setParameter("projectId", projectId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Implementation> ofProjects(Collection<Long> projectIds) {
        return projectIds.isEmpty() ? List.of() : entityManager.createNamedQuery(Implementation.OF_PROJECTS, Implementation.class)
                .setParameter("projectIds", projectIds).getResultList();
    }

    @Override
    public List<Implementation> ofExecutor(Long accountId) {
        return entityManager.createNamedQuery(Implementation.OF_EXECUTOR, Implementation.class).setParameter("executorId", accountId)
                .getResultList();
    }

    @Override
    public Implementation add(Implementation implementation) {
        entityManager.persist(implementation);
        entityManager.flush();
        return implementation;
    }

    @Override
    public void savePhotoContent(Long photoId, byte[] content) {
        entityManager.persist(new ReportPhotoContent(photoId, content));
    }

    @Override
    public Optional<ReportPhoto> photo(Long photoId) {
        return Optional.ofNullable(photoId).map(id -> entityManager.find(ReportPhoto.class, id));
    }

    @Override
    public byte[] photoContent(Long photoId) {
        return entityManager.find(ReportPhotoContent.class, photoId).content();
    }

    @Override
    public long photosUploadedSince(Long accountId, LocalDateTime since) {
        return entityManager.createNamedQuery(ReportPhoto.COUNT_RECENT_OF_UPLOADER, Long.class).setParameter("accountId", accountId)
                .setParameter("since", since).getSingleResult();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
