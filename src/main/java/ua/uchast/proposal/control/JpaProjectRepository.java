package ua.uchast.proposal.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentContent;
import ua.uchast.proposal.entity.MergeProposal;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.proposal.entity.Support;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    private EntityManager entityManager;

    protected JpaProjectRepository() {
    }

    @Inject
    public JpaProjectRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Project> byId(Long id) {
        return Optional.ofNullable(id).map(key -> entityManager.find(Project.class, key));
    }

    @Override
    public List<Project> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : entityManager.createQuery("select p from Project p where p.id in :ids", Project.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public Project add(Project project) {
        entityManager.persist(project);
        entityManager.flush();
        return project;
    }

    @Override
    public List<Project> ofAuthor(Long residentId) {
        return entityManager.createQuery("select p from Project p where p.authorId = :authorId order by p.updatedAt desc, p.id desc",
                Project.class).setParameter("authorId", residentId).getResultList();
    }

    @Override
    public List<Project> ofCycle(Long cycleId, Set<ProjectStatus> statuses) {
        return entityManager.createQuery("select p from Project p where p.cycleId = :cycleId and p.status in :statuses order by p.id",
                Project.class).setParameter("cycleId", cycleId).setParameter("statuses", statuses).getResultList();
    }

    @Override
    public Page<Project> catalogue(CatalogueQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = catalogueWhere(query, parameters);
        TypedQuery<Project> page = entityManager.createQuery("select p from Project p" + where + " order by " + orderBy(query.sort()),
                Project.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from Project p" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Project> items = page.setFirstResult(query.firstResult()).setMaxResults(query.pageSize()).getResultList();
        long total = items.isEmpty() && query.page() == 0 ? 0 : count.getSingleResult();
        return new Page<>(items, total, query.page(), query.pageSize());
    }

    @Override
    public Page<Project> catalogue(CatalogueQuery query, Map<Long, Long> votes) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> matching = entityManager.createQuery("select p.id from Project p" + catalogueWhere(query, parameters),
                Long.class);
        parameters.forEach(matching::setParameter);
        List<Long> ids = matching.getResultList().stream()
                .sorted(Comparator.comparing((Long id) -> votes.getOrDefault(id, -1L)).reversed().thenComparing(id -> id))
                .toList();
        List<Long> pageIds = ids.subList(Math.min(query.firstResult(), ids.size()),
                Math.min(query.firstResult() + query.pageSize(), ids.size()));
        Map<Long, Project> found = byIds(pageIds).stream().collect(Collectors.toMap(Project::id, project -> project));
        return new Page<>(pageIds.stream().map(found::get).toList(), ids.size(), query.page(), query.pageSize());
    }

    static String orderBy(CatalogueSort sort) {
        return sort.jpql;
    }

    private static String catalogueWhere(CatalogueQuery query, Map<String, Object> parameters) {
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add("p.cycleId = :cycleId");
        parameters.put("cycleId", query.cycleId());
        where.add("p.status in :statuses");
        parameters.put("statuses", query.statuses());
        if (query.categoryId() != null) {
            where.add("p.categoryId = :categoryId");
            parameters.put("categoryId", query.categoryId());
        }
        if (query.territoryId() != null) {
            where.add("p.territoryId = :territoryId");
            parameters.put("territoryId", query.territoryId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.add("(p.title like :text escape '!' or p.summary like :text escape '!')");
            parameters.put("text", "%" + likeEscaped(query.text().strip()) + "%");
        }
        return where.toString();
    }

    /** The search text taken literally: % and _ typed by a visitor are not wildcards. */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public List<Project> reviewQueue(ReviewQueueQuery query) {
        StringBuilder jpql = new StringBuilder("select p from Project p where p.hromadaId = :hromadaId and p.status in :statuses");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("hromadaId", query.hromadaId());
        parameters.put("statuses", query.statuses());
        if (query.cycleId() != null) {
            jpql.append(" and p.cycleId = :cycleId");
            parameters.put("cycleId", query.cycleId());
        }
        if (query.categoryId() != null) {
            jpql.append(" and p.categoryId = :categoryId");
            parameters.put("categoryId", query.categoryId());
        }
        if (query.territoryId() != null) {
            jpql.append(" and p.territoryId = :territoryId");
            parameters.put("territoryId", query.territoryId());
        }
        if (query.waitingSince() != null) {
            jpql.append(" and p.statusChangedAt <= :waitingSince");
            parameters.put("waitingSince", query.waitingSince());
        }
        jpql.append(" order by p.statusChangedAt asc, p.id asc");
        TypedQuery<Project> typed = entityManager.createQuery(jpql.toString(), Project.class);
        parameters.forEach(typed::setParameter);
        return typed.setMaxResults(query.maxResults()).getResultList();
    }

    @Override
    public List<Attachment> attachmentsOf(Long projectId) {
        return entityManager.createNamedQuery(Attachment.OF_PROJECT, Attachment.class).setParameter("projectId", projectId)
                .getResultList();
    }

    @Override
    public Optional<Attachment> attachment(Long attachmentId) {
        return Optional.ofNullable(attachmentId).map(id -> entityManager.find(Attachment.class, id));
    }

    @Override
    public Attachment addAttachment(Attachment attachment, byte[] content) {
        entityManager.persist(attachment);
        entityManager.flush();
        entityManager.persist(new AttachmentContent(attachment.id(), content));
        return attachment;
    }

    @Override
    public void removeAttachment(Attachment attachment) {
        Optional.ofNullable(entityManager.find(AttachmentContent.class, attachment.id())).ifPresent(entityManager::remove);
        entityManager.remove(attachment);
    }

    @Override
    public byte[] contentOf(Long attachmentId) {
        return entityManager.find(AttachmentContent.class, attachmentId).content();
    }

    @Override
    public long attachmentCountLocking(Long projectId) {
        entityManager.createNativeQuery("SELECT id FROM project WHERE id = ? FOR UPDATE").setParameter(1, projectId).getResultList();
        // a locking read sees what other transactions committed since this one began, a plain one would not
        return ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM project_attachment WHERE project_id = ? FOR UPDATE")
                .setParameter(1, projectId).getSingleResult()).longValue();
    }

    @Override
    public Map<Long, Long> firstPhotoIds(Collection<Long> projectIds) {
        return pairs(Attachment.FIRST_PHOTOS, projectIds);
    }

    @Override
    public long supportersOf(Long projectId) {
        return entityManager.createNamedQuery(Support.COUNT_OF_PROJECT, Long.class).setParameter("projectId", projectId)
                .getSingleResult();
    }

    @Override
    public Map<Long, Long> supportersOf(Collection<Long> projectIds) {
        return pairs(Support.COUNT_OF_PROJECTS, projectIds);
    }

    private Map<Long, Long> pairs(String namedQuery, Collection<Long> projectIds) {
        Map<Long, Long> pairs = new HashMap<>();
        if (projectIds.isEmpty()) {
            return pairs;
        }
        for (Object[] row : entityManager.createNamedQuery(namedQuery, Object[].class).setParameter("projectIds", projectIds)
                .getResultList()) {
            pairs.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return pairs;
    }

    @Override
    public boolean addSupport(Support support) {
        try {
            entityManager.persist(support);
            entityManager.flush();
            return true;
        } catch (PersistenceException duplicate) {
            return false;
        }
    }

    @Override
    public MergeProposal addMerge(MergeProposal merge) {
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

    @Override
    public List<Project> ofHromada(Long hromadaId, Set<ProjectStatus> statuses) {
        return entityManager.createQuery("select p from Project p where p.hromadaId = :hromadaId and p.status in :statuses "
                + "order by p.id", Project.class).setParameter("hromadaId", hromadaId).setParameter("statuses", statuses)
                .getResultList();
    }

    @Override
    public void flush() {
        entityManager.flush();
    }
}
