package ua.uchast.proposal.boundary;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.control.CatalogueQuery;
import ua.uchast.proposal.control.CatalogueSort;
import ua.uchast.proposal.control.Page;
import ua.uchast.proposal.control.ProjectRepository;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectStatus;

/**
 * What anyone may read about projects: a cycle's catalogue, a project's page and its files. A draft is visible only
 * to its author and the hromada's commission, who alone also see the private contacts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProjectCatalogue {

    private ProjectRepository projects;
    private CurrentResident currentResident;
    private CurrentStaff currentStaff;

    protected ProjectCatalogue() {
    }

    @Inject
    public ProjectCatalogue(ProjectRepository projects, CurrentResident currentResident, CurrentStaff currentStaff) {
        this.projects = projects;
        this.currentResident = currentResident;
        this.currentStaff = currentStaff;
    }

    /** Only projects that have left the author's desk, whatever statuses the query names. */
    public Page<Project> page(CatalogueQuery query) {
        return visible(query).map(projects::catalogue).orElseGet(() -> new Page<>(List.of(), 0, query.page(), query.pageSize()));
    }

    /**
     * The same page, sorted by the votes the public may see when the query asks for {@link CatalogueSort#VOTES} and
     * there are any (published results, or live counts while voting runs); other sorts ignore them.
     */
    public Page<Project> page(CatalogueQuery query, Optional<Map<Long, Long>> publicVotes) {
        if (query.sort() != CatalogueSort.VOTES || publicVotes.isEmpty()) {
            return page(query);
        }
        return visible(query).map(visible -> projects.catalogue(visible, publicVotes.get()))
                .orElseGet(() -> new Page<>(List.of(), 0, query.page(), query.pageSize()));
    }

    /** The query narrowed to the statuses the public may see; empty when it asks for none of them. */
    private static Optional<CatalogueQuery> visible(CatalogueQuery query) {
        Set<ProjectStatus> visible = EnumSet.noneOf(ProjectStatus.class);
        visible.addAll(query.statuses());
        visible.retainAll(ProjectStatus.PUBLIC);
        return visible.isEmpty() ? Optional.empty() : Optional.of(new CatalogueQuery(query.cycleId(), query.categoryId(),
                query.territoryId(), visible, query.text(), query.sort(), query.page(), query.pageSize()));
    }

    /** Every project of the cycle that has left its author's desk, in the order they were created (no drafts). */
    public List<Project> publicOf(Long cycleId) {
        return projects.ofCycle(cycleId, ProjectStatus.PUBLIC);
    }

    /** The cycle's projects on the ballot, in the order they were created. */
    public List<Project> onBallot(Long cycleId) {
        return projects.ofCycle(cycleId, ProjectStatus.ON_BALLOT);
    }

    /** Projects by id, as they are; no drafts. */
    public List<Project> byIds(Collection<Long> projectIds) {
        return projects.byIds(projectIds).stream().filter(project -> project.status().isPublic()).toList();
    }

    public Project project(Long projectId) {
        Project project = projects.byId(projectId).orElseThrow(NotFoundException::new);
        if (!project.status().isPublic() && !mayViewPrivate(project)) {
            throw new NotFoundException();
        }
        return project;
    }

    /** The author and the commission of the project's hromada: they see contacts, co-authors and drafts. */
    public boolean mayViewPrivate(Project project) {
        return currentResident.get().filter(resident -> project.isAuthor(resident.id())).isPresent() || isCommissionOf(project);
    }

    public boolean isCommissionOf(Project project) {
        return currentStaff.get().filter(staff -> staff.role() == StaffRole.COMMISSION && staff.hromadaId().equals(project.hromadaId()))
                .isPresent();
    }

    public List<Attachment> attachmentsOf(Project project) {
        return projects.attachmentsOf(project.id());
    }

    /** A file with its bytes, if its project may be seen by the caller. */
    public StoredFile file(Long attachmentId) {
        Attachment attachment = projects.attachment(attachmentId).orElseThrow(NotFoundException::new);
        Project project = project(attachment.projectId());
        return new StoredFile(attachment, projects.contentOf(attachmentId), project.status().isPublic());
    }

    /** A project's file; {@code isPublic} when anyone may see it, not only its author and the commission. */
    public record StoredFile(Attachment attachment, byte[] content, boolean isPublic) {
    }

    public long supportersOf(Project project) {
        return projects.supportersOf(project.id());
    }

    public Map<Long, Long> firstPhotoIds(Collection<Long> projectIds) {
        return projects.firstPhotoIds(projectIds);
    }

    /**
     * The hromada's winning projects of every cycle, in the order they were created: what the hromada implements. With
     * {@link #won(Project)} the only place that says what a winner is: a project the published results marked
     * {@link ProjectStatus#WINNER}.
     */
    public List<Project> winnersOf(Long hromadaId) {
        return projects.ofHromada(hromadaId, EnumSet.of(ProjectStatus.WINNER));
    }

    /** Whether the published results made the project a winner (see {@link #winnersOf(Long)}). */
    public static boolean won(Project project) {
        return project.status() == ProjectStatus.WINNER;
    }
}
