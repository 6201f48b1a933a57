package ua.uchast.tally.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.tally.control.ElectionStore;
import ua.uchast.tally.control.ExclusiveGroupRepository;
import ua.uchast.tally.control.PabulibWriter;
import ua.uchast.tally.control.PlatformBallots;
import ua.uchast.tally.control.RuleTranslation;
import ua.uchast.tally.control.RuleTranslation.TallyInput;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.TallyResult;

/**
 * Counting a cycle once its voting has closed, as anyone may: by then its ballots are public (the ballot file), so
 * the count and the anonymised .pb ballots are no secret. Nothing here is audited or stored; the administrator's
 * tally ({@link TallyAdministration}) and publishing the results are the staff actions built on it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Recount {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CycleCatalog catalog;
    private ElectionStore elections;
    private ExclusiveGroupRepository exclusiveGroups;
    private PlatformBallots platformBallots;
    private final Tallying tallying = new Tallying();

    protected Recount() {
    }

    @Inject
    public Recount(CycleCatalog catalog, ElectionStore elections, ExclusiveGroupRepository exclusiveGroups,
            PlatformBallots platformBallots) {
        this.catalog = catalog;
        this.elections = elections;
        this.exclusiveGroups = exclusiveGroups;
        this.platformBallots = platformBallots;
    }

    /** Every category's result under the cycle's rules; refused until voting has closed. */
    public CycleTally of(Long cycleId) {
        return of(closed(cycleId));
    }

    /**
     * The category's ballots as a .pb file, voters numbered 1..n, with the cycle's budget and rule in META; refused
     * until voting has closed.
     */
    public BallotFile ballots(Long cycleId, Long categoryId) {
        return ballots(closed(cycleId), categoryId);
    }

    /** Refused with the day voting ends until it has closed. */
    public BudgetCycle requireVotingClosed(BudgetCycle cycle) {
        if (catalog.phaseOf(cycle).compareTo(Phase.VOTING) <= 0) {
            throw new InvalidInputException(FieldViolation.general("tally.votingNotClosed",
                    DATE.format(cycle.phases().votingEnd())));
        }
        return cycle;
    }

    CycleTally of(BudgetCycle cycle) {
        Map<Long, PbElection> ballots = ballotsOf(cycle);
        return new CycleTally(cycle, cycle.categories().stream().map(category -> tally(cycle, category, ballots)).toList());
    }

    BallotFile ballots(BudgetCycle cycle, Long categoryId) {
        BudgetCategory category = cycle.categories().stream().filter(candidate -> candidate.id().equals(categoryId))
                .findFirst().orElseThrow(NotFoundException::new);
        TallyInput input = tallyInput(cycle, category, ballotsOf(cycle)).orElseThrow(NotFoundException::new);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        try {
            new PabulibWriter().write(input.election(), Optional.empty(), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BallotFile(BallotFile.nameFor(cycle.id(), cycle.categories().size(), category.position()), content.toByteArray());
    }

    private BudgetCycle closed(Long cycleId) {
        return requireVotingClosed(catalog.byId(cycleId).orElseThrow(NotFoundException::new));
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
}
