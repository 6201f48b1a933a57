package ua.uchast.tally.boundary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.tally.control.ElectionStore;
import ua.uchast.tally.control.ExclusiveGroupRepository;
import ua.uchast.tally.control.HistoricCyclePlan;
import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.control.PabulibWriter;
import ua.uchast.tally.control.PlatformBallots;
import ua.uchast.tally.control.PublishedRule;
import ua.uchast.tally.control.RuleRefusedException;
import ua.uchast.tally.control.RuleTranslation;
import ua.uchast.tally.control.RuleTranslation.TallyInput;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.TallyResult;

/**
 * An administrator tallies their hromada's cycles once voting has closed, imports historic elections from pabulib
 * .pb files as cycles with their ballots, and exports a category's anonymised ballots as .pb. A refusal of a file (or
 * of its rule) carries the engine's code as its message key, so it reads in the viewer's language.
 */
@ApplicationScoped
@Transactional
public class TallyAdministration {

    /** The largest .pb file accepted: Warszawa's biggest districts are a few megabytes. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    static final int MAX_PROJECT_ID = 100;
    private static final String FILE = "file";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StaffGuard guard;
    private CycleAdministration cycles;
    private CycleCatalog catalog;
    private ElectionStore elections;
    private ExclusiveGroupRepository exclusiveGroups;
    private PlatformBallots platformBallots;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;
    private final Tallying tallying = new Tallying();

    protected TallyAdministration() {
    }

    @Inject
    public TallyAdministration(StaffGuard guard, CycleAdministration cycles, CycleCatalog catalog, ElectionStore elections,
            ExclusiveGroupRepository exclusiveGroups, PlatformBallots platformBallots, Event<StaffActionPerformed> staffActions,
            Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.catalog = catalog;
        this.elections = elections;
        this.exclusiveGroups = exclusiveGroups;
        this.platformBallots = platformBallots;
        this.staffActions = staffActions;
        this.clock = clock;
    }

    /**
     * Reads the whole file first; a file that cannot be read is refused with the line at fault and nothing is saved.
     * The cycle is created like any other (and audited as planned), then its ballots are stored.
     */
    public BudgetCycle importHistoricCycle(byte[] pbFile, String title) {
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        PbElection election = parse(pbFile);
        PublishedRule.Reading rule = publishedRule(election);
        Set<Integer> takenYears = cycles.cyclesOfMyHromada().stream().map(BudgetCycle::year).collect(Collectors.toSet());
        CyclePlan plan = HistoricCyclePlan.of(election, rule, title, catalog.today(), takenYears);
        BudgetCycle cycle = planOnBehalfOfTheFile(plan);
        elections.save(cycle.categories().get(0).id(), election, KyivTime.nowUtc(clock));

        Map<String, Object> imported = new LinkedHashMap<>();
        imported.put("projects", election.projects().size());
        imported.put("voters", election.voterCount());
        imported.put("rule", election.ruleName().orElse(""));
        imported.put("countedAs", rule.rule().pabulibName());
        imported.put("warnings", election.notices().size() + rule.notices().size());
        record(admin, "tally.imported", cycle, imported);
        return cycle;
    }

    /**
     * The cycle its administrator may tally, to show before the tally is run (nothing is counted or recorded); refused
     * until voting has closed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetCycle cycleToTally(Long cycleId) {
        BudgetCycle cycle = closedCycle(cycleId);
        guard.require(StaffRole.ADMINISTRATOR);
        return cycle;
    }

    /**
     * Runs the tally: every category's result under the cycle's rules, recorded in the audit log with its winners (an
     * explicit act of the administrator, never a side effect of opening a page); refused until voting has closed.
     */
    public CycleTally tally(Long cycleId) {
        BudgetCycle cycle = closedCycle(cycleId);
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        Map<Long, PbElection> ballots = ballotsOf(cycle);
        List<CategoryTally> categories = cycle.categories().stream().map(category -> tally(cycle, category, ballots)).toList();

        Map<String, Object> winners = new LinkedHashMap<>();
        categories.stream().filter(CategoryTally::hasBallots)
                .forEach(category -> winners.put(category.categoryName(), category.result().winners()));
        record(admin, "tally.run", cycle, winners);
        return new CycleTally(cycle, categories);
    }

    /**
     * The category's ballots as a .pb file, voters numbered 1..n, with the cycle's budget and rule in META;
     * refused until voting has closed.
     */
    public BallotFile exportBallots(Long cycleId, Long categoryId) {
        BudgetCycle cycle = closedCycle(cycleId);
        BudgetCategory category = cycle.categories().stream().filter(candidate -> candidate.id().equals(categoryId))
                .findFirst().orElseThrow(NotFoundException::new);
        TallyInput input = tallyInput(cycle, category, ballotsOf(cycle)).orElseThrow(NotFoundException::new);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            new PabulibWriter().write(input.election(), Optional.empty(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String suffix = cycle.categories().size() == 1 ? "" : "-" + (category.position() + 1);
        return new BallotFile("cycle-" + cycle.id() + suffix + ".pb", content.toByteArray());
    }

    private CategoryTally tally(BudgetCycle cycle, BudgetCategory category, Map<Long, PbElection> ballots) {
        Optional<TallyInput> input = tallyInput(cycle, category, ballots);
        if (input.isEmpty()) {
            return new CategoryTally(category.id(), category.name(), null, 0, null, Map.of(), List.of(), 0,
                    Money.CURRENCY_CODE);
        }
        PbElection election = input.get().election();
        TallyResult result = tallying.tally(election, input.get().options());
        Map<String, String> names = election.projects().stream()
                .collect(Collectors.toMap(TallyProject::id, TallyProject::name, (first, second) -> first));
        return new CategoryTally(category.id(), category.name(), election.voteType(), election.voterCount(), result,
                names, input.get().notices(), election.amountScale(), election.currency());
    }

    /**
     * The category's ballots and how to count them: an imported election by its own published rule, a platform cycle
     * by its rules and its groups of mutually exclusive projects.
     */
    private Optional<TallyInput> tallyInput(BudgetCycle cycle, BudgetCategory category, Map<Long, PbElection> ballots) {
        if (cycle.isHistoric()) {
            return elections.load(category.id()).map(RuleTranslation::forImportedElection);
        }
        return Optional.ofNullable(ballots.get(category.id())).map(cast -> RuleTranslation.forCycle(cast,
                category.budget().hryvnias(), cycle.rules(), exclusiveGroups.asTallied(cycle.id())));
    }

    /**
     * The ballots of every category: for a platform cycle those cast on the platform, read once for the whole count; a
     * draft was never open to residents, so it has none.
     */
    private Map<Long, PbElection> ballotsOf(BudgetCycle cycle) {
        return cycle.isHistoric() || !cycle.isPublished() ? Map.of() : platformBallots.of(cycle.id());
    }

    private BudgetCycle closedCycle(Long cycleId) {
        BudgetCycle cycle = cycles.cycleToEdit(cycleId);
        if (catalog.phaseOf(cycle).compareTo(Phase.VOTING) <= 0) {
            throw new InvalidInputException(FieldViolation.general("tally.votingNotClosed",
                    DATE.format(cycle.phases().votingEnd())));
        }
        return cycle;
    }

    private static PbElection parse(byte[] pbFile) {
        if (pbFile == null || pbFile.length == 0) {
            throw new InvalidInputException(FieldViolation.of(FILE, "tally.import.noFile"));
        }
        if (pbFile.length > MAX_FILE_BYTES) {
            throw new InvalidInputException(FieldViolation.of(FILE, "tally.import.tooLarge", MAX_FILE_BYTES / 1024 / 1024));
        }
        PbElection election;
        try {
            election = new PabulibParser().parse(new ByteArrayInputStream(pbFile));
        } catch (PabulibFormatException e) {
            throw refusedFile(e.notice());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        election.projects().stream().map(TallyProject::id).filter(id -> id.length() > MAX_PROJECT_ID).findFirst()
                .ifPresent(id -> {
                    throw new InvalidInputException(FieldViolation.of(FILE, "tally.import.projectIdTooLong",
                            id.substring(0, 20) + "…", MAX_PROJECT_ID));
                });
        return election;
    }

    /** The file's rule (none means greedy); a rule the engine cannot count by is refused. */
    private static PublishedRule.Reading publishedRule(PbElection election) {
        try {
            return PublishedRule.ofFile(election);
        } catch (RuleRefusedException e) {
            throw refusedFile(e.notice());
        }
    }

    /** The refusal shown next to the file field, in the viewer's language from the notice's code. */
    private static InvalidInputException refusedFile(Notice notice) {
        return new InvalidInputException(FieldViolation.of(FILE, notice.messageKey(), notice.messageArguments()));
    }

    /** Plans the cycle; the import form has only the title, so any other refusal is about the file as a whole. */
    private BudgetCycle planOnBehalfOfTheFile(CyclePlan plan) {
        try {
            return cycles.plan(plan);
        } catch (InvalidInputException refused) {
            Function<FieldViolation, FieldViolation> onTheForm = violation -> "title".equals(violation.field())
                    ? violation : new FieldViolation(null, violation.messageKey(), violation.arguments());
            throw new InvalidInputException(refused.violations().stream().map(onTheForm).toList());
        }
    }

    private void record(StaffMember admin, String action, BudgetCycle cycle, Map<String, Object> after) {
        staffActions.fire(admin.performed(action, "BudgetCycle", cycle.id(), null, after, KyivTime.nowUtc(clock)));
    }
}
