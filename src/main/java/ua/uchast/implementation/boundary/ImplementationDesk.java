package ua.uchast.implementation.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffDirectory;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.implementation.control.ImplementationRepository;
import ua.uchast.implementation.entity.Editor;
import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ImplementationEvent;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.implementation.entity.PlanForm;
import ua.uchast.implementation.entity.ProgressReport;
import ua.uchast.implementation.entity.ReportForm;
import ua.uchast.implementation.entity.ReportPhoto;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.control.PhotoInspection;
import ua.uchast.platform.control.PhotoInspection.CleanPhoto;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.BusinessException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;

/**
 * How staff keep the implementation of winning projects up to date: administrators of the hromada for every winner,
 * executors only for the winners assigned to them. Each change is audited and kept in the winner's public history;
 * status changes and reports are news for its followers. Every refusal (not a winner, another hromada's or another
 * executor's project, a suspended hromada, bad amounts or dates) saves nothing and is audited too.
 */
@ApplicationScoped
@Transactional
public class ImplementationDesk {

    static final int PHOTOS_PER_HOUR = 30;
    private static final String SUBJECT = "ProjectImplementation";

    private StaffGuard guard;
    private StaffDirectory directory;
    private HromadaCatalog hromadas;
    private CycleCatalog cycles;
    private ProjectCatalogue projects;
    private ProgressCatalogue progress;
    private ImplementationRepository records;
    private PhotoInspection photos;
    private Event<StaffActionPerformed> staffActions;
    private Event<ProgressNoticed> news;
    private Event<ImplementationRefused> refusals;
    private Clock clock;

    protected ImplementationDesk() {
    }

    @Inject
    public ImplementationDesk(StaffGuard guard, StaffDirectory directory, HromadaCatalog hromadas, CycleCatalog cycles,
            ProjectCatalogue projects, ProgressCatalogue progress, ImplementationRepository records, PhotoInspection photos,
            Event<StaffActionPerformed> staffActions, Event<ProgressNoticed> news, Event<ImplementationRefused> refusals,
            Clock clock) {
        this.guard = guard;
        this.directory = directory;
        this.hromadas = hromadas;
        this.cycles = cycles;
        this.projects = projects;
        this.progress = progress;
        this.records = records;
        this.photos = photos;
        this.staffActions = staffActions;
        this.news = news;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The winners the signed-in staff member looks after: all of the hromada's for an administrator, an executor's own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WinnerProgress> myWinners(ProgressFilter filter) {
        StaffMember member = guard.require(StaffRole.ADMINISTRATOR, StaffRole.EXECUTOR);
        return progress.ofHromada(member.hromadaId(), filter).stream()
                .filter(winner -> member.isAdministrator() || winner.implementation().isAssignedTo(member.accountId())).toList();
    }

    /** One winner to work on, if the signed-in member may. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WinnerProgress winner(Long projectId) {
        StaffMember member = guard.require(StaffRole.ADMINISTRATOR, StaffRole.EXECUTOR);
        Project project = winnerWithin(member, projectId);
        WinnerProgress winner = progress.ofProject(project.id()).orElseThrow(NotFoundException::new);
        requireResponsible(member, winner.implementation());
        return winner;
    }

    /** The hromada's active executors, whom an administrator may make responsible for a winner. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffAccount> executors() {
        guard.require(StaffRole.ADMINISTRATOR);
        return directory.accountsOfMyHromada().stream()
                .filter(account -> account.role() == StaffRole.EXECUTOR && account.isActive()).toList();
    }

    /** An administrator makes an executor of the hromada responsible for a winner (or nobody, with null). */
    public void assign(Long projectId, Long executorId) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        change(admin, "implementation.assigned", projectId, work -> {
            StaffAccount executor = executorId == null ? null : executors().stream()
                    .filter(account -> account.id().equals(executorId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException(FieldViolation.of("executor", "implementation.notAnExecutor")));
            if (work.implementation().assign(executorId, executor == null ? null : executor.fullName(), work.editor(), work.now())) {
                work.audit();
            }
        });
    }

    /** The department, the planned and spent amounts and the planned completion date, all at once. */
    public void revise(Long projectId, PlanForm form) {
        StaffMember member = guard.require(StaffRole.ADMINISTRATOR, StaffRole.EXECUTOR);
        change(member, "implementation.planRevised", projectId, work -> {
            if (work.implementation().revise(form, work.cycle().phases().resultsDate(), work.editor(), work.now())) {
                work.audit();
            }
        });
    }

    /** Moves the status on; "not implemented" needs a reason. The followers are told. */
    public void changeStatus(Long projectId, ImplementationStatus to, String reason) {
        StaffMember member = guard.require(StaffRole.ADMINISTRATOR, StaffRole.EXECUTOR);
        change(member, "implementation.statusChanged", projectId, work -> {
            work.implementation().moveTo(to, reason, work.editor(), work.now());
            work.audit();
            work.tellFollowers();
        });
    }

    /**
     * A dated progress report with up to {@value ProgressReport#MAX_PHOTOS} photos, each judged by its content and
     * re-encoded like project photos; a staff member uploads at most {@value #PHOTOS_PER_HOUR} photos an hour. All or
     * nothing: one refused photo saves neither the report nor the others. The followers are told.
     */
    public void postReport(Long projectId, ReportForm form, List<byte[]> photoFiles) {
        StaffMember member = guard.require(StaffRole.ADMINISTRATOR, StaffRole.EXECUTOR);
        change(member, "implementation.reportPosted", projectId, work -> {
            ProgressReport report = work.implementation().report(form, photoFiles.size(), work.cycle().phases().resultsDate(),
                    KyivTime.today(clock), work.editor(), work.now());
            if (!photoFiles.isEmpty() && records.photosUploadedSince(member.accountId(), work.now().minus(Duration.ofHours(1)))
                    + photoFiles.size() > PHOTOS_PER_HOUR) {
                throw new InvalidInputException(FieldViolation.of("photos", "upload.rateLimited", PHOTOS_PER_HOUR));
            }
            List<CleanPhoto> clean = new ArrayList<>();
            photoFiles.forEach(file -> clean.add(photos.cleanPhoto("photos", file)));
            records.flush();
            for (CleanPhoto photo : clean) {
                ReportPhoto stored = report.addPhoto(photo.mimeType(), photo.content().length, work.now());
                records.flush();
                records.savePhotoContent(stored.id(), photo.content());
            }
            work.audit();
            work.tellFollowers();
        });
    }

    /**
     * Runs a change of one winner's record for the member, with every check first: the project is the member's
     * hromada's (else refused as not theirs), it won, the hromada is not suspended, and an executor is responsible for
     * it. A refusal is audited once the refused transaction has ended.
     */
    private void change(StaffMember member, String action, Long projectId, Consumer<Work> change) {
        try {
            Project project = winnerWithin(member, projectId);
            hromadas.requireActive(project.hromadaId());
            Implementation implementation = records.ofProject(projectId).orElseGet(() -> records.add(Implementation.startFor(
                    project.id(), project.hromadaId(), project.cycleId(), project.totalCost(), now())));
            requireResponsible(member, implementation);
            BudgetCycle cycle = cycles.byId(project.cycleId()).orElseThrow(NotFoundException::new);
            change.accept(new Work(member, action, project, cycle, implementation, implementation.snapshot(), now()));
            records.flush();
        } catch (BusinessException refused) {
            refusals.fire(new ImplementationRefused(member.performed("implementation.refused", SUBJECT, projectId, null,
                    refusal(action, refused), now())));
            throw refused;
        }
    }

    /** The project, if it is the member's hromada's and it won. */
    private Project winnerWithin(StaffMember member, Long projectId) {
        Project project = projects.project(projectId);
        if (!project.hromadaId().equals(member.hromadaId())) {
            throw new AccessDeniedException();
        }
        if (!ProjectCatalogue.won(project)) {
            throw new InvalidInputException(FieldViolation.general("implementation.notWinner"));
        }
        return project;
    }

    private static void requireResponsible(StaffMember member, Implementation implementation) {
        if (!member.isAdministrator() && !implementation.isAssignedTo(member.accountId())) {
            throw new AccessDeniedException();
        }
    }

    /** What was attempted and why it was refused, for the audit log. */
    private static Map<String, Object> refusal(String action, BusinessException refused) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attempted", action);
        details.put("refusedBecause", refused instanceof InvalidInputException invalid
                ? invalid.violations().stream().map(FieldViolation::messageKey).toList() : List.of(refused.messageKey()));
        return details;
    }

    private LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }

    /** One change in progress: who, to what, and how things stood before. */
    private final class Work {

        private final StaffMember member;
        private final String action;
        private final Project project;
        private final BudgetCycle cycle;
        private final Implementation implementation;
        private final Map<String, Object> before;
        private final LocalDateTime now;

        Work(StaffMember member, String action, Project project, BudgetCycle cycle, Implementation implementation,
                Map<String, Object> before, LocalDateTime now) {
            this.member = member;
            this.action = action;
            this.project = project;
            this.cycle = cycle;
            this.implementation = implementation;
            this.before = before;
            this.now = now;
        }

        Implementation implementation() {
            return implementation;
        }

        BudgetCycle cycle() {
            return cycle;
        }

        Editor editor() {
            return new Editor(member.accountId(), member.fullName());
        }

        LocalDateTime now() {
            return now;
        }

        void audit() {
            staffActions.fire(member.performed(action, SUBJECT, project.id(), titled(before), titled(implementation.snapshot()), now));
        }

        void tellFollowers() {
            List<ImplementationEvent> history = implementation.history();
            news.fire(new ProgressNoticed(project.id(), project.title(), project.authorId(), project.contactEmail(),
                    history.get(history.size() - 1)));
        }

        private Map<String, Object> titled(Map<String, Object> snapshot) {
            Map<String, Object> titled = new LinkedHashMap<>();
            titled.put("title", project.title());
            titled.putAll(snapshot);
            return titled;
        }
    }
}
