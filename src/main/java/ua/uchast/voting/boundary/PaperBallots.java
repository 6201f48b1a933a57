package ua.uchast.voting.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.boundary.StaffNames;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.identity.boundary.Voter;
import ua.uchast.identity.boundary.VoterIdentification;
import ua.uchast.identity.boundary.VoterVerdict;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.Violations;
import ua.uchast.voting.control.BallotCasting;
import ua.uchast.voting.control.BallotCasting.Receipt;
import ua.uchast.voting.control.BallotForms;
import ua.uchast.voting.control.Refusals;
import ua.uchast.voting.entity.BallotForm;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * Paper ballots at a service centre (ЦНАП): the printable form with each project's number, and the operator's entry
 * of a paper ballot after checking the voter's passport — while voting runs and until counting ends, for papers
 * received during voting. The operator is recorded with the ballot; two operators entering the same person at once
 * leave one ballot, and the other is told who was first.
 */
@ApplicationScoped
public class PaperBallots {

    private static final Set<Phase> ENTRY_OPEN = EnumSet.of(Phase.VOTING, Phase.COUNTING);

    private StaffGuard guard;
    private StaffNames staffNames;
    private CycleCatalog cycles;
    private HromadaCatalog hromadas;
    private BallotForms forms;
    private VoterIdentification voters;
    private VotingBooth booth;
    private BallotCasting casting;
    private Refusals refusals;
    private Clock clock;

    protected PaperBallots() {
    }

    @Inject
    public PaperBallots(StaffGuard guard, StaffNames staffNames, CycleCatalog cycles, HromadaCatalog hromadas, BallotForms forms,
            VoterIdentification voters, VotingBooth booth, BallotCasting casting, Refusals refusals, Clock clock) {
        this.guard = guard;
        this.staffNames = staffNames;
        this.cycles = cycles;
        this.hromadas = hromadas;
        this.forms = forms;
        this.voters = voters;
        this.booth = booth;
        this.casting = casting;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** The paper form to print: for the hromada's administrators and operators, once voting has opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotForm printable(Long cycleId) {
        BudgetCycle cycle = cycle(cycleId);
        guard.requireWithin(cycle.hromadaId(), StaffRole.ADMINISTRATOR, StaffRole.OPERATOR);
        if (cycles.phaseOf(cycle).compareTo(Phase.VOTING) < 0) {
            throw new VotingRefusal(VotingRefusal.VOTING_CLOSED, FieldViolation.general("voting.numbersWhenVotingOpens"));
        }
        return forms.of(cycle);
    }

    /** The ballot an operator enters papers against: their own hromada's cycle, while voting or counting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotForm formToEnter(Long cycleId) {
        BudgetCycle cycle = cycle(cycleId);
        guard.requireWithin(cycle.hromadaId(), StaffRole.OPERATOR);
        requireEntryOpen(cycle);
        return forms.of(cycle);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Receipt enter(Long cycleId, PaperBallot paper) {
        BudgetCycle cycle = cycle(cycleId);
        StaffMember operator = guard.requireWithin(cycle.hromadaId(), StaffRole.OPERATOR);
        requireEntryOpen(cycle);
        BallotForm form = forms.of(cycle);
        requireReceivedDuringVoting(cycle, paper.getReceivedOn());
        Choices choices = choicesOf(form, paper.getNumbers());
        VotingBooth.checkChoice(form, choices);
        Voter voter = voters.ofDocuments(paper.getTaxNumber(), paper.getBirthDate());
        Residence residence = new Residence(paper.isDeclared(), paper.getSettlementId(), true);
        VotingBooth.declarationAsked(cycle, residence);
        VoterVerdict verdict = booth.eligible(voter, cycleId, residence);
        Caster caster = Caster.onPaper(cycleId, voter.personKey(), voter.birthDate(), voter.gender(), verdict.territoryId(),
                operator.accountId(), paper.getReceivedOn());
        StaffActionPerformed entered = operator.performed("ballot.paperEntered", "BudgetCycle", cycleId, null,
                Map.of("receivedOn", paper.getReceivedOn().toString()), KyivTime.nowUtc(clock));
        return refusals.castOrRefuse(() -> casting.castOnPaper(caster, choices, entered),
                operatorId -> staffNames.of(operatorId).orElse(null));
    }

    /** Numbers typed per category ("3, 7") → the projects they stand for on this ballot. */
    static Choices choicesOf(BallotForm form, Map<Long, String> typed) {
        Violations violations = new Violations();
        Map<Long, List<Long>> chosen = new LinkedHashMap<>();
        typed.forEach((categoryId, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            BallotForm.Category category = form.category(categoryId).orElse(null);
            if (category == null) {
                violations.add(null, "voting.unknownCategory");
                return;
            }
            List<Long> projects = new ArrayList<>();
            for (String number : text.split("[\\s,;]+")) {
                if (number.isEmpty()) {
                    continue;
                }
                if (!number.matches("\\d{1,4}")) {
                    violations.add(null, "voting.numbersFormat", category.name());
                    return;
                }
                category.numbered(Integer.parseInt(number)).ifPresentOrElse(entry -> projects.add(entry.projectId()),
                        () -> violations.add(null, "voting.unknownNumber", Integer.parseInt(number), category.name()));
            }
            chosen.put(categoryId, projects);
        });
        violations.throwIfAny();
        return Choices.of(chosen);
    }

    private void requireEntryOpen(BudgetCycle cycle) {
        hromadas.requireActive(cycle.hromadaId());
        if (!ENTRY_OPEN.contains(cycles.phaseOf(cycle))) {
            throw new VotingRefusal(VotingRefusal.VOTING_CLOSED, FieldViolation.general("voting.paperClosed"));
        }
    }

    private void requireReceivedDuringVoting(BudgetCycle cycle, LocalDate receivedOn) {
        LocalDate today = KyivTime.today(clock);
        new Violations().require(receivedOn != null, "receivedOn", "validation.required")
                .require(receivedOn == null || !receivedOn.isBefore(cycle.phases().votingStart())
                        && !receivedOn.isAfter(cycle.phases().votingEnd()) && !receivedOn.isAfter(today), "receivedOn",
                        "voting.receivedOutsideVoting")
                .throwIfAny();
    }

    private BudgetCycle cycle(Long cycleId) {
        return cycles.byId(cycleId).orElseThrow(NotFoundException::new);
    }
}
