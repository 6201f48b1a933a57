package ua.uchast.proposal.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.identity.boundary.Activity;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.EligibilityVerdict;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.ResidentEligibility;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.control.RateLimiter;
import ua.uchast.platform.entity.TooManyRequestsException;
import ua.uchast.proposal.control.CycleTermsSource;
import ua.uchast.proposal.control.ProjectRepository;
import ua.uchast.proposal.control.UploadInspector;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.CycleTerms;
import ua.uchast.proposal.entity.MergeProposal;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.proposal.entity.Support;

/**
 * What a signed-in resident does with projects: draft, edit, upload files, submit, revise and resubmit, withdraw,
 * answer an expert's estimate, and support other residents' projects. Every call checks who is asking, the cycle's
 * phase and, for submitting and supporting, the resident's eligibility.
 */
@ApplicationScoped
@Transactional
public class ProjectSubmission {

    public static final int UPLOADS_PER_HOUR = 30;
    private static final Duration HOUR = Duration.ofHours(1);

    private CurrentResident currentResident;
    private ResidentEligibility eligibility;
    private CycleTermsSource termsSource;
    private ProjectRepository projects;
    private UploadInspector inspector;
    private RateLimiter rateLimiter;
    private int uploadsPerHour;
    private Event<ProjectDecided> decisions;
    private Clock clock;

    protected ProjectSubmission() {
    }

    @Inject
    public ProjectSubmission(CurrentResident currentResident, ResidentEligibility eligibility, CycleTermsSource termsSource,
            ProjectRepository projects, UploadInspector inspector, RateLimiter rateLimiter,
            @ConfigProperty(name = "uchast.rate.uploads-per-hour", defaultValue = "" + UPLOADS_PER_HOUR) int uploadsPerHour,
            Event<ProjectDecided> decisions, Clock clock) {
        this.currentResident = currentResident;
        this.eligibility = eligibility;
        this.termsSource = termsSource;
        this.projects = projects;
        this.inspector = inspector;
        this.rateLimiter = rateLimiter;
        this.uploadsPerHour = uploadsPerHour;
        this.decisions = decisions;
        this.clock = clock;
    }

    public Project startDraft(Long cycleId, ProjectForm form) {
        Resident resident = requireEligible(cycleId, Activity.SUBMIT);
        Long hromadaId = termsSource.cycle(cycleId).hromadaId();
        return projects.add(Project.draft(cycleId, hromadaId, actor(resident), form, termsSource.termsOf(cycleId), now()));
    }

    /** Drafts and submits a new project in one go: either both happen or neither. */
    public Project submitNew(Long cycleId, ProjectForm form) {
        Project project = startDraft(cycleId, form);
        return submit(project.id(), form);
    }

    public Project saveDraft(Long projectId, ProjectForm form) {
        Project project = ownProject(projectId);
        project.saveDraft(actor(currentResident.get().orElseThrow()), form, termsSource.termsOf(project.cycleId()), now());
        projects.flush();
        return project;
    }

    /** Saves the form and submits the draft, or resubmits a project sent back for revision; all or nothing. */
    public Project submit(Long projectId, ProjectForm form) {
        Project project = ownProject(projectId);
        Resident resident = requireEligible(project.cycleId(), Activity.SUBMIT);
        CycleTerms terms = termsSource.termsOf(project.cycleId());
        if (project.status() == ProjectStatus.NEEDS_REVISION) {
            project.resubmit(actor(resident), form, terms, now());
        } else {
            project.submit(actor(resident), form, terms, now());
        }
        projects.flush();
        return project;
    }

    public Project withdraw(Long projectId, String reason) {
        Project project = ownProject(projectId);
        project.withdraw(actor(currentResident.get().orElseThrow()), reason, termsSource.termsOf(project.cycleId()), now());
        projects.flush();
        return project;
    }

    public Project acceptExpertEstimate(Long projectId) {
        Project project = ownProject(projectId);
        project.acceptExpertEstimate(actor(currentResident.get().orElseThrow()), now());
        projects.flush();
        return project;
    }

    public Project declineExpertEstimate(Long projectId) {
        Project project = ownProject(projectId);
        project.declineExpertEstimate(actor(currentResident.get().orElseThrow()), now());
        projects.flush();
        return project;
    }

    /** Merges the commission proposed for the resident's own project that still wait for their answer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MergeProposal> mergesAwaitingMe(Long projectId) {
        Resident resident = requireResident();
        return projects.byId(projectId).filter(project -> project.isAuthor(resident.id()))
                .map(project -> projects.openMergesOf(projectId).stream().filter(merge -> merge.awaitsConsentFor(projectId)).toList())
                .orElse(List.of());
    }

    /** The author of one of the two projects consents; with both consents the merge is carried out. */
    public MergeProposal consentToMerge(Long mergeId) {
        Resident resident = requireResident();
        MergeProposal merge = projects.merge(mergeId).filter(found -> !found.isCompleted()).orElseThrow(NotFoundException::new);
        Project kept = projects.byId(merge.keptId()).orElseThrow(NotFoundException::new);
        Project absorbed = projects.byId(merge.absorbedId()).orElseThrow(NotFoundException::new);
        Project own = kept.isAuthor(resident.id()) ? kept : absorbed.isAuthor(resident.id()) ? absorbed : null;
        if (own == null) {
            throw new AccessDeniedException();
        }
        if (merge.consent(own.id(), now())) {
            absorbed.mergeInto(kept, actor(resident), now());
            decisions.fire(ProjectDecided.latestOf(absorbed));
        }
        projects.flush();
        return merge;
    }

    /** The resident's own project, to edit; anyone else's is refused. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Project ownProject(Long projectId) {
        Resident resident = requireResident();
        Project project = projects.byId(projectId).orElseThrow(NotFoundException::new);
        if (!project.isAuthor(resident.id())) {
            throw new AccessDeniedException();
        }
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> myProjects() {
        return projects.ofAuthor(requireResident().id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEditable(Project project) {
        return obstacleToEditing(project).isEmpty();
    }

    /**
     * Why the signed-in resident cannot start a project in the cycle now (a bundle key: not open yet, closed, not a
     * resident…), or empty when they can.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> obstacleToNewDraft(Long cycleId) {
        Optional<String> obstacle = termsSource.termsOf(cycleId).newDraftObstacle();
        if (obstacle.isPresent()) {
            return obstacle;
        }
        EligibilityVerdict verdict = eligibility.check(requireResident(), cycleId, Activity.SUBMIT);
        return verdict.allowed() ? Optional.empty() : Optional.of(verdict.reasonKey());
    }

    /** Why the author cannot change their project now (a bundle key), or empty when they can. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> obstacleToEditing(Project project) {
        return project.editObstacle(termsSource.termsOf(project.cycleId()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isWithdrawable(Project project) {
        return project.isWithdrawable(termsSource.termsOf(project.cycleId()));
    }

    /**
     * Adds a photo or document to the resident's own editable project. The content decides the type; images are
     * re-encoded; a resident may upload {@value #UPLOADS_PER_HOUR} files an hour (uchast.rate.uploads-per-hour),
     * {@value Attachment#MAX_PER_PROJECT} per project. Both are counted so that simultaneous uploads cannot all pass: the hour in the rate counters (a slot is
     * taken before the file is judged and given back if it is not stored), the project's files under a lock on the project.
     */
    public Attachment upload(Long projectId, AttachmentKind kind, String fileName, byte[] content) {
        Project project = ownProject(projectId);
        String field = kind == AttachmentKind.PHOTO ? "photo" : "document";
        requireEditable(project);
        Resident resident = currentResident.get().orElseThrow();
        String bucket = "uploads:" + resident.id();
        Optional<Duration> wait = rateLimiter.hit(bucket, uploadsPerHour, HOUR);
        if (wait.isPresent()) {
            throw new TooManyRequestsException(FieldViolation.of(field, "upload.rateLimited", uploadsPerHour), wait.get());
        }
        try {
            UploadInspector.CleanFile clean = inspector.inspect(kind, field, content);
            if (projects.attachmentCountLocking(projectId) >= Attachment.MAX_PER_PROJECT) {
                throw new InvalidInputException(FieldViolation.of(field, "upload.tooMany", Attachment.MAX_PER_PROJECT));
            }
            return projects.addAttachment(new Attachment(projectId, kind, safeFileName(fileName, clean.type().extension()),
                    clean.type(), clean.content().length, resident.id(), now()), clean.content());
        } catch (InvalidInputException notStored) {
            rateLimiter.takeBack(bucket, HOUR);
            throw notStored;
        }
    }

    public void removeAttachment(Long projectId, Long attachmentId) {
        Project project = ownProject(projectId);
        requireEditable(project);
        Attachment attachment = projects.attachment(attachmentId).filter(found -> found.projectId().equals(projectId))
                .orElseThrow(NotFoundException::new);
        projects.removeAttachment(attachment);
    }

    /** An eligible resident supports someone else's submitted project, once. */
    public void support(Long projectId) {
        Project project = projects.byId(projectId).orElseThrow(NotFoundException::new);
        Resident resident = requireEligible(project.cycleId(), Activity.SUPPORT);
        if (project.isAuthor(resident.id())) {
            throw new InvalidInputException(FieldViolation.general("support.ownProject"));
        }
        if (!project.awaitsReview()) {
            throw new InvalidInputException(FieldViolation.general("support.notOpen"));
        }
        if (!projects.addSupport(new Support(projectId, resident.id(), now()))) {
            throw new InvalidInputException(FieldViolation.general("support.already"));
        }
    }

    private void requireEditable(Project project) {
        if (!project.isEditable(termsSource.termsOf(project.cycleId()))) {
            throw new InvalidInputException(FieldViolation.general("proposal.notEditable"));
        }
    }

    private Resident requireResident() {
        return currentResident.get().orElseThrow(AccessDeniedException::new);
    }

    private Resident requireEligible(Long cycleId, Activity activity) {
        Resident resident = requireResident();
        termsSource.requireActiveHromada(cycleId);
        EligibilityVerdict verdict = eligibility.check(resident, cycleId, activity);
        if (!verdict.allowed()) {
            throw new InvalidInputException(FieldViolation.general(verdict.reasonKey()));
        }
        return resident;
    }

    private static Actor actor(Resident resident) {
        return Actor.resident(resident.id(), resident.displayName());
    }

    /** The name as shown in lists: the base name only, without path or control characters, with the real extension. */
    static String safeFileName(String submitted, String extension) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).strip();
        if (base.isEmpty()) {
            base = "file";
        }
        int maxBase = Attachment.MAX_FILE_NAME - extension.length() - 1;
        return (base.length() > maxBase ? base.substring(0, maxBase) : base) + "." + extension;
    }

    private LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }
}
