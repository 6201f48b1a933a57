package ua.uchast.cycle.entity;

import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ua.uchast.platform.entity.Violations;

/** Who may vote and how votes are counted. Frozen once voting opens. */
@Embeddable
public class CycleRules {

    static final Set<Integer> VOTER_AGES = Set.of(14, 16, 18);
    static final int MAX_LOT_SEED = 100;

    @Column(name = "min_voter_age", nullable = false)
    private int minVoterAge;

    @Enumerated(EnumType.STRING)
    @Column(name = "residency_policy", nullable = false, length = 30)
    private ResidencyPolicy residencyPolicy;

    @Column(name = "supporters_threshold")
    private Integer supportersThreshold;

    @Column(name = "min_votes_to_win")
    private Integer minVotesToWin;

    @Enumerated(EnumType.STRING)
    @Column(name = "tally_rule", nullable = false, length = 40)
    private TallyRule tallyRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_break", nullable = false, length = 40)
    private TieBreak tieBreak;

    /** For {@link TieBreak#PUBLISHED_LOT}: the number published before voting that the lot is drawn from. */
    @Column(name = "lot_seed", length = MAX_LOT_SEED)
    private String lotSeed;

    /** Whether vote counts are shown while voting runs (otherwise nothing reveals a count before voting closes). */
    @Column(name = "live_counts", nullable = false)
    private boolean liveCounts;

    protected CycleRules() {
    }

    private CycleRules(CyclePlan plan) {
        minVoterAge = plan.getMinVoterAge();
        residencyPolicy = plan.getResidencyPolicy();
        supportersThreshold = plan.getSupportersThreshold();
        minVotesToWin = plan.getMinVotesToWin();
        tallyRule = plan.getTallyRule();
        tieBreak = plan.getTieBreak();
        lotSeed = plan.getTieBreak() == TieBreak.PUBLISHED_LOT ? plan.getLotSeed().strip() : null;
        liveCounts = plan.isLiveCounts();
    }

    static CycleRules of(CyclePlan plan) {
        return new CycleRules(plan);
    }

    static void check(CyclePlan plan, Violations violations) {
        violations.require(plan.getMinVoterAge() != null && VOTER_AGES.contains(plan.getMinVoterAge()), "minVoterAge",
                        "validation.voterAge")
                .require(plan.getResidencyPolicy() != null, "residencyPolicy", "validation.required")
                .require(plan.getSupportersThreshold() == null || plan.getSupportersThreshold() >= 1
                        && plan.getSupportersThreshold() <= 100_000, "supportersThreshold", "validation.countRange", 1, 100_000)
                .require(plan.getMinVotesToWin() == null || plan.getMinVotesToWin() >= 1
                        && plan.getMinVotesToWin() <= 1_000_000, "minVotesToWin", "validation.countRange", 1, 1_000_000)
                .require(plan.getTallyRule() != null, "tallyRule", "validation.required")
                .require(plan.getTieBreak() != null, "tieBreak", "validation.required");
        if (plan.getTieBreak() == TieBreak.PUBLISHED_LOT) {
            violations.requireText("lotSeed", plan.getLotSeed(), MAX_LOT_SEED);
        }
    }

    /** The fields of {@code plan} that would change how votes count, compared with these rules. */
    void reportChanges(CyclePlan plan, Violations violations) {
        violations.require(Objects.equals(minVoterAge, plan.getMinVoterAge()), "minVoterAge", "cycle.frozen")
                .require(residencyPolicy == plan.getResidencyPolicy(), "residencyPolicy", "cycle.frozen")
                .require(Objects.equals(supportersThreshold, plan.getSupportersThreshold()), "supportersThreshold",
                        "cycle.frozen")
                .require(Objects.equals(minVotesToWin, plan.getMinVotesToWin()), "minVotesToWin", "cycle.frozen")
                .require(tallyRule == plan.getTallyRule(), "tallyRule", "cycle.frozen")
                .require(tieBreak == plan.getTieBreak(), "tieBreak", "cycle.frozen")
                .require(tieBreak != TieBreak.PUBLISHED_LOT || plan.getLotSeed() != null && lotSeed.equals(plan.getLotSeed().strip()),
                        "lotSeed", "cycle.frozen")
                .require(liveCounts == plan.isLiveCounts(), "liveCounts", "cycle.frozen");
    }

    void copyInto(CyclePlan plan) {
        plan.setMinVoterAge(minVoterAge);
        plan.setResidencyPolicy(residencyPolicy);
        plan.setSupportersThreshold(supportersThreshold);
        plan.setMinVotesToWin(minVotesToWin);
        plan.setTallyRule(tallyRule);
        plan.setTieBreak(tieBreak);
        plan.setLotSeed(lotSeed);
        plan.setLiveCounts(liveCounts);
    }

    public int minVoterAge() {
        return minVoterAge;
    }

    public ResidencyPolicy residencyPolicy() {
        return residencyPolicy;
    }

    public Integer supportersThreshold() {
        return supportersThreshold;
    }

    public Integer minVotesToWin() {
        return minVotesToWin;
    }

    public TallyRule tallyRule() {
        return tallyRule;
    }

    public TieBreak tieBreak() {
        return tieBreak;
    }

    public String lotSeed() {
        return lotSeed;
    }

    public boolean liveCounts() {
        return liveCounts;
    }
}
