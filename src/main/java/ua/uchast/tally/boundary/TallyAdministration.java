package ua.uchast.tally.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.tally.control.ElectionStore;
import ua.uchast.tally.control.HistoricCyclePlan;
import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.control.PublishedRule;
import ua.uchast.tally.control.RuleRefusedException;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;

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

    private StaffGuard guard;
    private CycleAdministration cycles;
    private CycleCatalog catalog;
    private ElectionStore elections;
    private Recount recount;
    private Event<StaffActionPerformed> staffActions;
    private Clock clock;

    protected TallyAdministration() {
    }

    @Inject
    public TallyAdministration(StaffGuard guard, CycleAdministration cycles, CycleCatalog catalog, ElectionStore elections,
            Recount recount, Event<StaffActionPerformed> staffActions, Clock clock) {
        this.guard = guard;
        this.cycles = cycles;
        this.catalog = catalog;
        this.elections = elections;
        this.recount = recount;
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
     * The cycle whose tally the administrator may run: their own hromada's, once its voting has closed. Opening the
     * tally page asks this and nothing more, so it writes no audit entry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetCycle cycleToTally(Long cycleId) {
        return recount.requireVotingClosed(cycles.cycleToEdit(cycleId));
    }

    /** Runs the tally: every category's result under the cycle's rules, audited; refused until voting has closed. */
    public CycleTally tally(Long cycleId) {
        BudgetCycle cycle = cycleToTally(cycleId);
        StaffMember admin = guard.require(StaffRole.ADMINISTRATOR);
        CycleTally tally = recount.of(cycle);

        Map<String, Object> winners = new LinkedHashMap<>();
        tally.categories().stream().filter(CategoryTally::hasBallots)
                .forEach(category -> winners.put(category.categoryName(), category.result().winners()));
        record(admin, "tally.run", cycle, winners);
        return tally;
    }

    /**
     * The category's ballots as a .pb file, voters numbered 1..n, with the cycle's budget and rule in META;
     * refused until voting has closed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotFile exportBallots(Long cycleId, Long categoryId) {
        return recount.ballots(cycleToTally(cycleId), categoryId);
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
