package ua.uchast.identity.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.ResidencyPolicy;
import ua.uchast.identity.control.EligibilityRules;
import ua.uchast.identity.control.ResidencyRepository;
import ua.uchast.identity.control.ResidentKey;
import ua.uchast.identity.control.ResidentRepository;
import ua.uchast.identity.control.SettlementNames;
import ua.uchast.identity.control.SettlementNames.Settlement;
import ua.uchast.identity.entity.ResidentRecord;

/** {@link ResidentEligibility}: gathers the facts (cycle rules, birth date, residency by policy) and applies the rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EligibilityService implements ResidentEligibility {

    public static final String NOT_SIGNED_IN = "eligibility.notSignedIn";
    public static final String UNKNOWN_CYCLE = "eligibility.unknownCycle";
    public static final String NO_ADDRESS = "eligibility.noAddress";

    private CycleCatalog cycles;
    private HromadaCatalog hromadas;
    private ResidentRepository residents;
    private ResidencyRepository residency;

    protected EligibilityService() {
    }

    @Inject
    public EligibilityService(CycleCatalog cycles, HromadaCatalog hromadas, ResidentRepository residents,
            ResidencyRepository residency) {
        this.cycles = cycles;
        this.hromadas = hromadas;
        this.residents = residents;
        this.residency = residency;
    }

    @Override
    public EligibilityVerdict check(Resident resident, Long cycleId, Activity activity) {
        ResidentRecord record = resident == null ? null : residents.byId(resident.id()).orElse(null);
        if (record == null) {
            return EligibilityVerdict.refused(NOT_SIGNED_IN);
        }
        BudgetCycle cycle = cycleId == null ? null : cycles.byId(cycleId).orElse(null);
        if (cycle == null) {
            return EligibilityVerdict.refused(UNKNOWN_CYCLE);
        }
        LocalDate today = cycles.today();
        LocalDate votingDay = today.isAfter(cycle.phases().votingStart()) ? today : cycle.phases().votingStart();
        // Under "signed declaration" the resident declares it with what they do (in the ballot itself when voting).
        Residence declaredWithTheAct = new Residence(true, null, false);
        boolean lives = residencyOf(voterOf(record), cycle, declaredWithTheAct).lives();
        return EligibilityRules.decide(activity, lives, record.birthDate(), cycle.rules().minVoterAge(), votingDay);
    }

    @Override
    public VoterVerdict checkVoter(Voter voter, Long cycleId, Residence residence, LocalDate castOn) {
        BudgetCycle cycle = cycles.byId(cycleId).orElse(null);
        if (cycle == null) {
            return VoterVerdict.refused(UNKNOWN_CYCLE);
        }
        Residency residency = residencyOf(voter, cycle, residence);
        if (!residency.lives()) {
            boolean noAddressToMatch = cycle.rules().residencyPolicy() == ResidencyPolicy.ADDRESS_IN_SETTLEMENTS
                    && voter.address() == null && !residence.checkedByOperator();
            return VoterVerdict.refused(noAddressToMatch ? NO_ADDRESS : EligibilityRules.NOT_RESIDENT);
        }
        EligibilityVerdict age = EligibilityRules.decide(Activity.VOTE, true, voter.birthDate(), cycle.rules().minVoterAge(), castOn);
        return age.allowed() ? VoterVerdict.granted(residency.territoryId()) : VoterVerdict.refused(age.reasonKey());
    }

    /** A resident signed in through the identity provider, as a voter. */
    static Voter voterOf(ResidentRecord record) {
        return new Voter(record.residentKey(), record.birthDate(), record.gender(), record.address(), record.katottg());
    }

    /** Whether someone lives in the hromada by the cycle's policy, and the settlement they are counted in. */
    private record Residency(boolean lives, Long territoryId) {
    }

    private Residency residencyOf(Voter voter, BudgetCycle cycle, Residence residence) {
        Long hromadaId = cycle.hromadaId();
        List<Settlement> settlements = settlementsOf(hromadaId);
        Optional<Long> named = Optional.ofNullable(residence.settlementId())
                .filter(id -> settlements.stream().anyMatch(settlement -> settlement.id().equals(id)));
        Optional<Long> byAddress = SettlementNames.settlementOf(voter.address(), voter.katottg(), settlements);
        ResidentKey key = new ResidentKey(voter.personKey());
        boolean lives = switch (cycle.rules().residencyPolicy()) {
            case ADDRESS_IN_SETTLEMENTS -> residence.checkedByOperator() ? named.isPresent() : byAddress.isPresent();
            case VOTER_LIST -> residency.isOnVoterList(hromadaId, key);
            case OPERATOR_CONFIRMATION -> residence.checkedByOperator() || residency.isConfirmed(hromadaId, key);
            case SIGNED_DECLARATION -> residence.declared();
        };
        return new Residency(lives, lives ? named.or(() -> byAddress).orElse(null) : null);
    }

    private List<Settlement> settlementsOf(Long hromadaId) {
        return hromadas.byId(hromadaId).map(hromada -> hromada.territories().stream()
                .filter(territory -> territory.kind() == TerritoryKind.SETTLEMENT)
                .map(territory -> new Settlement(territory.id(), territory.name(), territory.katottg().orElse(null)))
                .toList()).orElse(List.of());
    }
}
