package ua.uchast.identity.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.identity.control.EligibilityRules;
import ua.uchast.identity.control.ResidencyRepository;
import ua.uchast.identity.control.ResidentKey;
import ua.uchast.identity.control.ResidentRepository;
import ua.uchast.identity.control.SettlementNames;
import ua.uchast.identity.entity.ResidentRecord;

/** {@link ResidentEligibility}: gathers the facts (cycle rules, birth date, residency by policy) and applies the rules. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EligibilityService implements ResidentEligibility {

    public static final String NOT_SIGNED_IN = "eligibility.notSignedIn";
    public static final String UNKNOWN_CYCLE = "eligibility.unknownCycle";

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
        return EligibilityRules.decide(activity, livesIn(record, cycle), record.birthDate(), cycle.rules().minVoterAge(),
                votingDay);
    }

    private boolean livesIn(ResidentRecord record, BudgetCycle cycle) {
        Long hromadaId = cycle.hromadaId();
        ResidentKey key = new ResidentKey(record.residentKey());
        return switch (cycle.rules().residencyPolicy()) {
            case ADDRESS_IN_SETTLEMENTS -> SettlementNames.addressIn(record.address(), settlementsOf(hromadaId));
            case VOTER_LIST -> residency.isOnVoterList(hromadaId, key);
            case OPERATOR_CONFIRMATION -> residency.isConfirmed(hromadaId, key);
        };
    }

    private List<String> settlementsOf(Long hromadaId) {
        return hromadas.byId(hromadaId).map(hromada -> hromada.territories().stream()
                .filter(territory -> territory.kind() == TerritoryKind.SETTLEMENT).map(Territory::name).toList())
                .orElse(List.of());
    }
}
