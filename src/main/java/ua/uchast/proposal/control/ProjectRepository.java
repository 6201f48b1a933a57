package ua.uchast.proposal.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.MergeProposal;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.proposal.entity.Support;

/** Where projects, their files and supports are kept. */
public interface ProjectRepository {

    Optional<Project> byId(Long id);

    Project add(Project project);

    List<Project> byIds(Collection<Long> ids);

    List<Project> ofAuthor(Long residentId);

    /** The cycle's projects in these statuses, in the order they were created. */
    List<Project> ofCycle(Long cycleId, Set<ProjectStatus> statuses);

    /** The page and the total in two statements, whatever the page size. */
    Page<Project> catalogue(CatalogueQuery query);

    /**
     * The page sorted by these votes (most first; projects without votes last, then by id), in two statements: the
     * matching ids, then the page's projects.
     */
    Page<Project> catalogue(CatalogueQuery query, Map<Long, Long> votes);

    List<Project> reviewQueue(ReviewQueueQuery query);

    List<Attachment> attachmentsOf(Long projectId);

    Optional<Attachment> attachment(Long attachmentId);

    Attachment addAttachment(Attachment attachment, byte[] content);

    void removeAttachment(Attachment attachment);

    byte[] contentOf(Long attachmentId);

    /**
     * How many files the project has, read under a lock on the project that is held until the transaction ends, so
     * that uploads into one project are counted one after the other.
     */
    long attachmentCountLocking(Long projectId);

    /** The first photo of each project that has one, in one statement. */
    Map<Long, Long> firstPhotoIds(Collection<Long> projectIds);

    long supportersOf(Long projectId);

    /** Supporter counts of several projects in one statement; projects without supporters are missing. */
    Map<Long, Long> supportersOf(Collection<Long> projectIds);

    /** Adds a support; false when this resident already supports the project (the database's unique key says so). */
    boolean addSupport(Support support);

    MergeProposal addMerge(MergeProposal merge);

    Optional<MergeProposal> merge(Long mergeId);

    /** Merges proposed for the project that are not yet carried out. */
    List<MergeProposal> openMergesOf(Long projectId);

    /** The hromada's projects in these statuses, of every cycle, in the order they were created. */
    List<Project> ofHromada(Long hromadaId, Set<ProjectStatus> statuses);

    void flush();
}
