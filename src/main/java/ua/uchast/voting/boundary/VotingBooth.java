package ua.uchast.voting.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.cycle.entity.ResidencyPolicy;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.ResidentEligibility;
import ua.uchast.identity.boundary.Voter;
import ua.uchast.identity.boundary.VoterIdentification;
import ua.uchast.identity.boundary.VoterVerdict;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.voting.control.BallotCasting;
import ua.uchast.voting.control.BallotCasting.Receipt;
import ua.uchast.voting.control.BallotForms;
import ua.uchast.voting.control.Refusals;
import ua.uchast.voting.control.VotingRecords;
import ua.uchast.voting.entity.BallotDocument;
import ua.uchast.voting.entity.BallotForm;
import ua.uchast.voting.entity.BallotNonce;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.VoterRegistration;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * Where residents vote during a cycle's voting phase: the ballot, and casting it as a resident signed in through the
 * identity provider. Every ballot is checked against the ballot's rules and the voter's eligibility at the moment of
 * casting (the server's clock), and is final once cast.
 */
@ApplicationScoped
public class VotingBooth {

    /** A cycle whose voting is open, with its ballot. */
    public record OpenBallot(BudgetCycle cycle, BallotForm form) {
    }

    private CycleCatalog cycles;
    private HromadaCatalog hromadas;
    private BallotForms forms;
    private CurrentResident currentResident;
    private VoterIdentification voters;
    private ResidentEligibility eligibility;
    private BallotCasting casting;
    private Refusals refusals;
    private VotingRecords records;
    private Clock clock;

    protected VotingBooth() {
    }

    @Inject
    public VotingBooth(CycleCatalog cycles, HromadaCatalog hromadas, BallotForms forms, CurrentResident currentResident,
            VoterIdentification voters, ResidentEligibility eligibility, BallotCasting casting, Refusals refusals,
            VotingRecords records, Clock clock) {
        this.cycles = cycles;
        this.hromadas = hromadas;
        this.forms = forms;
        this.currentResident = currentResident;
        this.voters = voters;
        this.eligibility = eligibility;
        this.casting = casting;
        this.refusals = refusals;
        this.records = records;
        this.clock = clock;
    }

    /** The ballot of a cycle, any time (the voting page says when voting runs); numbered once voting has opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotForm ballotOf(Long cycleId) {
        return forms.of(cycle(cycleId));
    }

    /** The ballot of a cycle whose voting is open now; otherwise refused, saying so. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OpenBallot openBallot(Long cycleId) {
        BudgetCycle cycle = cycle(cycleId);
        hromadas.requireActive(cycle.hromadaId());
        requireVoting(cycle);
        return new OpenBallot(cycle, forms.of(cycle));
    }

    /** The signed-in resident's line in the cycle's register, if they have voted (through any channel). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<VoterRegistration> myBallot(Long cycleId) {
        return currentResident.get().map(voters::ofResident)
                .flatMap(voter -> records.registrationOf(cycleId, voter.personKey()));
    }

    /**
     * Casts the signed-in resident's ballot, through the identity provider's channel.
     *
     * @param residence what the resident declared on the page about where they live (for a hromada that accepts it)
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Receipt castAsResident(Long cycleId, Choices choices, Residence residence) {
        Resident resident = currentResident.get().orElseThrow(AccessDeniedException::new);
        OpenBallot open = openBallot(cycleId);
        checkChoice(open.form(), choices);
        declarationAsked(open.cycle(), residence);
        Voter voter = voters.ofResident(resident);
        VoterVerdict verdict = eligible(voter, cycleId, residence);
        Caster caster = Caster.online(cycleId, voter.personKey(), voter.birthDate(), voter.gender(), verdict.territoryId());
        return refusals.castOrRefuse(() -> casting.cast(caster, Channel.PROVIDER, choices, null, null), operator -> null);
    }

    /**
     * Issues the ballot document a voter signs with a qualified e-signature: the choice (checked against the ballot's
     * rules now), the voter's declaration of residence where the hromada asks for one, a one-time nonce, valid for
     * {@link BallotDocument#VALIDITY}.
     */
    @Transactional
    public BallotDocument issueDocument(Long cycleId, Choices choices, Residence residence) {
        OpenBallot open = openBallot(cycleId);
        checkChoice(open.form(), choices);
        BallotDocument.Declaration declaration = null;
        if (declarationAsked(open.cycle(), residence)) {
            Hromada hromada = hromadas.byId(open.cycle().hromadaId()).orElseThrow(NotFoundException::new);
            declaration = new BallotDocument.Declaration(UiText.format(UiText.UKRAINIAN, "voting.declaration",
                    hromada.nameUk()), residence.settlementId());
        }
        String slug = hromadas.byId(open.cycle().hromadaId()).map(Hromada::slug).orElseThrow(NotFoundException::new);
        BallotDocument document = BallotDocument.issue(slug, cycleId, choices, declaration, KyivTime.nowUtc(clock));
        records.add(new BallotNonce(document));
        return document;
    }

    /** Refuses a choice that breaks the cycle's ballot rules, naming the categories at fault (before anything is cast). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkChoice(Long cycleId, Choices choices) {
        checkChoice(forms.of(cycle(cycleId)), choices);
    }

    /** Refuses a choice that breaks the ballot's rules, naming the categories at fault. */
    static void checkChoice(BallotForm form, Choices choices) {
        try {
            form.check(choices);
        } catch (InvalidInputException refused) {
            throw new VotingRefusal(VotingRefusal.INVALID_CHOICE, refused.violations());
        }
    }

    /** Whether the cycle takes the voter's own declaration of residence; refused when it does and none was made. */
    static boolean declarationAsked(BudgetCycle cycle, Residence residence) {
        if (cycle.rules().residencyPolicy() != ResidencyPolicy.SIGNED_DECLARATION) {
            return false;
        }
        if (!residence.declared()) {
            throw new VotingRefusal(VotingRefusal.NOT_ELIGIBLE, FieldViolation.general("voting.declarationNeeded"));
        }
        return true;
    }

    VoterVerdict eligible(Voter voter, Long cycleId, Residence residence) {
        VoterVerdict verdict = eligibility.checkVoter(voter, cycleId, residence, KyivTime.today(clock));
        if (!verdict.allowed()) {
            throw new VotingRefusal(VotingRefusal.NOT_ELIGIBLE, FieldViolation.general(verdict.reasonKey()));
        }
        return verdict;
    }

    BudgetCycle cycle(Long cycleId) {
        return cycles.byId(cycleId).orElseThrow(NotFoundException::new);
    }

    void requireVoting(BudgetCycle cycle) {
        Phase phase = cycles.phaseOf(cycle);
        if (phase != Phase.VOTING) {
            throw new VotingRefusal(VotingRefusal.VOTING_CLOSED, FieldViolation.general(
                    phase.compareTo(Phase.VOTING) < 0 ? "voting.notYetOpen" : "voting.closed"));
        }
    }
}
