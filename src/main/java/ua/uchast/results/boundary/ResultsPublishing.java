package ua.uchast.results.boundary;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectOutcomes;
import ua.uchast.results.control.RefusedPublishing;
import ua.uchast.results.control.ResultCounting;
import ua.uchast.results.control.ResultRepository;
import ua.uchast.results.entity.CategoryResult;
import ua.uchast.results.entity.PublishedResult;

/**
 * The hromada's administrator publishes a cycle's results once its voting has closed: the tally is counted again and
 * stored as a version that never changes, the projects on the ballot become winners or not selected, and it is
 * audited. A correction is a new version with its reason. Refused — before voting closes, a second publication without
 * a reason, anyone but the cycle's hromada's administrator, ballots that changed since the administrator ran the
 * tally — with nothing saved, and the refused attempt audited.
 */
@ApplicationScoped
@Transactional
public class ResultsPublishing {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StaffGuard guard;
    private CurrentStaff currentStaff;
    private CycleCatalog cycles;
    private HromadaCatalog hromadas;
    private ResultRepository results;
    private ResultCounting counting;
    private ProjectOutcomes outcomes;
    private RefusedPublishing refusals;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected ResultsPublishing() {
    }

    @Inject
    public ResultsPublishing(StaffGuard guard, CurrentStaff currentStaff, CycleCatalog cycles, HromadaCatalog hromadas,
            ResultRepository results, ResultCounting counting, ProjectOutcomes outcomes, RefusedPublishing refusals,
            Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.currentStaff = currentStaff;
        this.cycles = cycles;
        this.hromadas = hromadas;
        this.results = results;
        this.counting = counting;
        this.outcomes = outcomes;
        this.refusals = refusals;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    /**
     * Publishes the next version. {@code seenHead} is the ballot file's head the administrator saw when running the
     * tally (null to skip that check); {@code reason} is required from the second version on.
     */
    public PublishedResult publish(Long cycleId, String seenHead, String reason) {
        BudgetCycle cycle = cycles.byId(cycleId).orElseThrow(NotFoundException::new);
        StaffMember admin;
        try {
            admin = guard.requireWithin(cycle.hromadaId(), StaffRole.ADMINISTRATOR);
        } catch (AccessDeniedException denied) {
            currentStaff.get().ifPresent(member -> refusals.record(member, cycle.hromadaId(), cycleId, "access-denied", now()));
            throw denied;
        }
        try {
            return publishAs(admin, cycle, seenHead, reason);
        } catch (InvalidInputException refused) {
            refusals.record(admin, cycle.hromadaId(), cycleId, refused.violations().get(0).messageKey(), now());
            throw refused;
        }
    }

    /** Whether this administrator's next publication of the cycle is a correction (and so needs a reason). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isPublished(Long cycleId) {
        return results.latestNumber(cycleId).isPresent();
    }

    /** The head of the ballot file a publication would count now; empty for an imported election. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> ballotFileHead(Long cycleId) {
        return counting.currentHead(cycles.byId(cycleId).orElseThrow(NotFoundException::new));
    }

    private PublishedResult publishAs(StaffMember admin, BudgetCycle cycle, String seenHead, String reason) {
        if (cycles.phaseOf(cycle).compareTo(Phase.VOTING) <= 0) {
            throw new InvalidInputException(FieldViolation.general("results.votingNotClosed",
                    DATE.format(cycle.phases().votingEnd())));
        }
        Optional<PublishedResult> previous = results.latestNumber(cycle.id()).flatMap(number -> results.version(cycle.id(), number));
        if (previous.isPresent() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(FieldViolation.of("reason", "results.reasonRequired"));
        }
        if (seenHead != null && !seenHead.isBlank() && !counting.currentHead(cycle).map(seenHead::equals).orElse(true)) {
            throw new InvalidInputException(FieldViolation.general("results.ballotsChanged"));
        }
        Hromada hromada = hromadas.byId(cycle.hromadaId()).orElseThrow(NotFoundException::new);
        int number = previous.map(PublishedResult::number).orElse(0) + 1;
        PublishedResult published = counting.count(cycle, hromada,
                new PublishedResult.Publication(number, now(), admin.accountId(), admin.fullName(), reason), previous);
        try {
            results.add(published);
        } catch (ResultRepository.NumberTaken taken) {
            throw new InvalidInputException(FieldViolation.general("results.publishedMeanwhile"));
        }
        if (!cycle.isHistoric()) {
            outcomes.record(cycle.id(), ResultCounting.winnersOf(published.categories()), published.reason());
        }
        staffActions.fire(admin.performed(previous.isEmpty() ? "results.published" : "results.corrected", "BudgetCycle",
                cycle.id(), previous.map(ResultsPublishing::summary).orElse(null), summary(published), now()));
        return published;
    }

    /** What the audit log keeps of a version: its number, reason, the file's head, the voters and each category's winners. */
    static Map<String, Object> summary(PublishedResult result) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("version", result.number());
        summary.put("reason", result.reason());
        summary.put("chainHead", result.chainHead());
        summary.put("ballots", result.ballots());
        for (CategoryResult category : result.categories()) {
            summary.put(category.name(), category.winners().stream().map(line -> line.tallyId()).toList());
        }
        return summary;
    }

    private LocalDateTime now() {
        return KyivTime.nowUtc(clock);
    }
}
