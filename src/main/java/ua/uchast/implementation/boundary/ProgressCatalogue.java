package ua.uchast.implementation.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.implementation.control.ImplementationRepository;
import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ReportPhoto;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;

/**
 * What anyone may read about the implementation of winning projects: a hromada's winners of every cycle with their
 * progress (the "Реалізація" page and the open data), one winner's progress and history for its page, and the photos
 * of its reports. Who on the staff is responsible is not part of it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProgressCatalogue {

    private ProjectCatalogue projects;
    private CycleCatalog cycles;
    private HromadaCatalog hromadas;
    private ImplementationRepository records;
    private Clock clock;

    protected ProgressCatalogue() {
    }

    @Inject
    public ProgressCatalogue(ProjectCatalogue projects, CycleCatalog cycles, HromadaCatalog hromadas, ImplementationRepository records,
            Clock clock) {
        this.projects = projects;
        this.cycles = cycles;
        this.hromadas = hromadas;
        this.records = records;
        this.clock = clock;
    }

    /** The hromada's winners that pass the filter: newest cycle first, then in the order the projects were made. */
    public List<WinnerProgress> ofHromada(Long hromadaId, ProgressFilter filter) {
        Hromada hromada = hromadas.byId(hromadaId).orElseThrow(NotFoundException::new);
        Map<Long, BudgetCycle> cyclesById = cycles.ofHromada(hromadaId).stream()
                .collect(Collectors.toMap(BudgetCycle::id, Function.identity()));
        List<Project> winners = projects.winnersOf(hromadaId).stream().filter(project -> cyclesById.containsKey(project.cycleId()))
                .toList();
        Map<Long, Implementation> stored = records.ofProjects(winners.stream().map(Project::id).toList()).stream()
                .collect(Collectors.toMap(Implementation::projectId, Function.identity()));
        LocalDate today = today();
        return winners.stream()
                .map(project -> progress(project, stored.get(project.id()), cyclesById.get(project.cycleId()), hromada, today))
                .filter(filter::admits)
                .sorted(Comparator.comparing((WinnerProgress winner) -> winner.cycle().year()).reversed()
                        .thenComparing(WinnerProgress::projectId))
                .toList();
    }

    /** A winner's progress, for its page; empty when the project did not win. */
    public Optional<WinnerProgress> ofProject(Long projectId) {
        Project project = projects.project(projectId);
        if (!ProjectCatalogue.won(project)) {
            return Optional.empty();
        }
        BudgetCycle cycle = cycles.byId(project.cycleId()).orElseThrow(NotFoundException::new);
        Hromada hromada = hromadas.byId(project.hromadaId()).orElseThrow(NotFoundException::new);
        return Optional.of(progress(project, records.ofProject(projectId).orElse(null), cycle, hromada, today()));
    }

    /** A photo of a progress report, with its bytes; every winner is public, and so are its reports. */
    public PhotoFile photo(Long photoId) {
        ReportPhoto photo = records.photo(photoId).orElseThrow(NotFoundException::new);
        if (!ProjectCatalogue.won(projects.project(photo.projectId()))) {
            throw new NotFoundException();
        }
        return new PhotoFile(photo, records.photoContent(photoId));
    }

    /** A report's photo and its bytes. */
    public record PhotoFile(ReportPhoto photo, byte[] content) {
    }

    public LocalDate today() {
        return KyivTime.today(clock);
    }

    /** The winner with its stored record, or the planned record it starts with while nobody has acted on it. */
    static WinnerProgress progress(Project project, Implementation stored, BudgetCycle cycle, Hromada hromada, LocalDate today) {
        Implementation implementation = stored != null ? stored
                : Implementation.startFor(project.id(), project.hromadaId(), project.cycleId(), project.totalCost(), project.statusChangedAt());
        return new WinnerProgress(project, implementation, cycle, hromada.territoryName(project.territoryId()),
                implementation.isOverdue(today));
    }
}
