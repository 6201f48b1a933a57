package ua.uchast.cycle.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.Violations;

/**
 * A hromada's participatory budget for one year ("Бюджет участі 2027"): its money, categories, calendar and rules.
 * It refuses any plan that does not add up, and once voting has opened it refuses any change to how votes count.
 */
@Entity
@Table(name = "budget_cycle")
@NamedQuery(name = BudgetCycle.OF_HROMADA,
        query = "select c from BudgetCycle c where c.hromadaId = :hromadaId order by c.year desc, c.id desc")
@NamedQuery(name = BudgetCycle.PUBLISHED_OF_HROMADA, query = "select c from BudgetCycle c where c.hromadaId = :hromadaId"
        + " and c.publishedAt is not null order by c.year desc, c.id desc")
@NamedQuery(name = BudgetCycle.COUNT_OF_YEAR,
        query = "select count(c) from BudgetCycle c where c.hromadaId = :hromadaId and c.year = :year and c.id <> :exceptId")
public class BudgetCycle {

    public static final String OF_HROMADA = "BudgetCycle.ofHromada";
    public static final String PUBLISHED_OF_HROMADA = "BudgetCycle.publishedOfHromada";
    public static final String COUNT_OF_YEAR = "BudgetCycle.countOfYear";
    public static final int MAX_TITLE = 200;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hromada_id", nullable = false, updatable = false)
    private Long hromadaId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Embedded
    @AttributeOverride(name = "hryvnias", column = @Column(name = "total_budget", nullable = false))
    private Money totalBudget;

    @Embedded
    private CyclePhases phases;

    @Embedded
    private CycleRules rules;

    @Embedded
    private HistoricRecord historic;

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BudgetCategory> categories = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    /** Null while a draft: only the hromada's staff see it, and it may still be deleted. */
    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Version
    private long version;

    protected BudgetCycle() {
    }

    private BudgetCycle(Long hromadaId, LocalDateTime createdAt) {
        this.hromadaId = hromadaId;
        this.createdAt = createdAt;
    }

    /**
     * A new draft from a plan, or {@code InvalidInputException} listing every field that is wrong. Residents see it
     * only once it is {@linkplain #publish published}.
     */
    public static BudgetCycle draft(Long hromadaId, CyclePlan plan, LocalDateTime now) {
        check(plan);
        BudgetCycle cycle = new BudgetCycle(hromadaId, now);
        cycle.apply(plan);
        cycle.historic = plan.getHistoric();
        return cycle;
    }

    /** A new cycle from a plan, public at once (demo data, tests); administrators start from a {@link #draft}. */
    public static BudgetCycle plan(Long hromadaId, CyclePlan plan, LocalDateTime now) {
        BudgetCycle cycle = draft(hromadaId, plan, now);
        cycle.publish(now);
        return cycle;
    }

    /** Makes the draft public; refused if it already is. */
    public void publish(LocalDateTime now) {
        if (isPublished()) {
            throw new InvalidInputException(FieldViolation.general("cycle.alreadyPublished"));
        }
        publishedAt = now;
    }

    /** A draft may be deleted; a published cycle is part of the hromada's record. */
    public void requireDeletable() {
        if (isPublished()) {
            throw new InvalidInputException(FieldViolation.general("cycle.publishedIsKept"));
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /**
     * Changes the cycle to the plan. Once voting has opened on {@code today}, a plan that changes anything about how
     * votes count is refused as a whole, with a message next to each such field.
     */
    public void revise(CyclePlan plan, LocalDate today) {
        check(plan);
        if (rulesFrozenOn(today)) {
            Violations frozen = new Violations();
            frozen.require(Objects.equals(totalBudget.hryvnias(), plan.getTotalBudget()), "totalBudget", "cycle.frozen")
                    .require(phases.votingStart().equals(plan.getVotingStart()), "votingStart", "cycle.frozen")
                    .require(phases.votingEnd().equals(plan.getVotingEnd()), "votingEnd", "cycle.frozen");
            rules.reportChanges(plan, frozen);
            reportCategoryChanges(plan, frozen);
            frozen.throwIfAny();
        }
        apply(plan);
    }

    public boolean rulesFrozenOn(LocalDate today) {
        return phases.votingHasOpened(today);
    }

    public Phase phaseOn(LocalDate today) {
        return phases.on(today);
    }

    /** The plan this cycle currently realises: a form starts from it when the cycle is edited. */
    public CyclePlan toPlan() {
        CyclePlan plan = new CyclePlan();
        plan.setTitle(title);
        plan.setYear(year);
        plan.setTotalBudget(totalBudget.hryvnias());
        phases.copyInto(plan);
        rules.copyInto(plan);
        plan.setHistoric(historic);
        categories.forEach(category -> plan.addCategory(category.toPlan()));
        return plan;
    }

    /** A flat description for the audit log. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", title);
        snapshot.put("published", isPublished());
        snapshot.put("year", year);
        snapshot.put("totalBudget", totalBudget.hryvnias());
        snapshot.put("submission", phases.submissionStart() + ".." + phases.submissionEnd());
        snapshot.put("reviewEnd", String.valueOf(phases.reviewEnd()));
        snapshot.put("voting", phases.votingStart() + ".." + phases.votingEnd());
        snapshot.put("resultsDate", String.valueOf(phases.resultsDate()));
        snapshot.put("implementationStart", String.valueOf(phases.implementationStart()));
        snapshot.put("minVoterAge", rules.minVoterAge());
        snapshot.put("residencyPolicy", rules.residencyPolicy().name());
        snapshot.put("supportersThreshold", rules.supportersThreshold());
        snapshot.put("minVotesToWin", rules.minVotesToWin());
        snapshot.put("tallyRule", rules.tallyRule().name());
        snapshot.put("tieBreak", rules.tieBreak().name());
        snapshot.put("lotSeed", rules.lotSeed());
        snapshot.put("liveCounts", rules.liveCounts());
        historic().ifPresent(record -> snapshot.put("historic", record.currency() + " "
                + record.budget().stripTrailingZeros().toPlainString() + " " + record.countingRule()));
        List<Object> categorySnapshots = new ArrayList<>();
        for (BudgetCategory category : categories) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", category.name());
            entry.put("budget", category.budget().hryvnias());
            entry.put("minCost", category.minCost().hryvnias());
            entry.put("maxCost", category.maxCost().hryvnias());
            entry.put("maxChoices", category.maxChoices());
            entry.put("votingStyle", category.votingStyle().name());
            categorySnapshots.add(entry);
        }
        snapshot.put("categories", categorySnapshots);
        return snapshot;
    }

    private static void check(CyclePlan plan) {
        Violations violations = new Violations()
                .requireText("title", plan.getTitle(), MAX_TITLE)
                .require(plan.getYear() != null && plan.getYear() >= MIN_YEAR && plan.getYear() <= MAX_YEAR, "year",
                        "validation.year", MIN_YEAR, MAX_YEAR);
        checkPositiveMoney(violations, "totalBudget", plan.getTotalBudget());
        CyclePhases.check(plan, violations);
        CycleRules.check(plan, violations);
        checkCategories(plan, violations);
        violations.throwIfAny();
    }

    private static void checkCategories(CyclePlan plan, Violations violations) {
        List<CategoryPlan> categoryPlans = plan.getCategories();
        violations.require(!categoryPlans.isEmpty(), null, "cycle.noCategories");
        Set<String> names = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < categoryPlans.size(); i++) {
            CategoryPlan category = categoryPlans.get(i);
            String prefix = "categories[" + i + "].";
            violations.requireText(prefix + "name", category.getName(), BudgetCategory.MAX_NAME);
            if (category.getName() != null && !category.getName().isBlank()) {
                violations.require(names.add(category.getName().strip().toLowerCase(Locale.ROOT)), prefix + "name",
                        "validation.duplicateName");
            }
            boolean budgetOk = checkPositiveMoney(violations, prefix + "budget", category.getBudget());
            boolean minOk = checkMoney(violations, prefix + "minCost", category.getMinCost());
            boolean maxOk = checkPositiveMoney(violations, prefix + "maxCost", category.getMaxCost());
            if (minOk && maxOk) {
                violations.require(category.getMinCost() <= category.getMaxCost(), prefix + "maxCost", "cycle.costRangeUpsideDown");
            }
            if (budgetOk && maxOk) {
                violations.require(category.getMaxCost() <= category.getBudget(), prefix + "maxCost", "cycle.maxCostOverBudget");
            }
            violations.require(category.getVotingStyle() != null, prefix + "votingStyle", "validation.required");
            violations.require(category.getMaxChoices() != null && category.getMaxChoices() >= 1
                    && category.getMaxChoices() <= BudgetCategory.MAX_CHOICES, prefix + "maxChoices", "validation.countRange", 1,
                    BudgetCategory.MAX_CHOICES);
            if (budgetOk) {
                sum += category.getBudget();
            }
        }
        if (plan.getTotalBudget() != null && plan.getTotalBudget() > 0) {
            violations.require(sum <= plan.getTotalBudget(), "totalBudget", "cycle.categoriesOverTotal", sum,
                    plan.getTotalBudget());
        }
    }

    private static boolean checkMoney(Violations violations, String field, Long amount) {
        violations.require(amount != null, field, "validation.required");
        violations.require(amount == null || amount >= 0, field, "validation.money");
        return amount != null && amount >= 0;
    }

    private static boolean checkPositiveMoney(Violations violations, String field, Long amount) {
        if (!checkMoney(violations, field, amount)) {
            return false;
        }
        violations.require(amount > 0, field, "validation.moneyPositive");
        return amount > 0;
    }

    private void reportCategoryChanges(CyclePlan plan, Violations frozen) {
        List<CategoryPlan> planned = plan.getCategories();
        frozen.require(planned.size() == categories.size(), null, "cycle.frozenCategories");
        for (int i = 0; i < Math.min(planned.size(), categories.size()); i++) {
            frozen.require(categories.get(i).toPlan().countsTheSameAs(planned.get(i)), "categories[" + i + "].budget",
                    "cycle.frozen");
        }
    }

    private void apply(CyclePlan plan) {
        title = plan.getTitle().strip();
        year = plan.getYear();
        totalBudget = Money.ofHryvnias(plan.getTotalBudget());
        phases = CyclePhases.of(plan);
        rules = CycleRules.of(plan);
        List<CategoryPlan> planned = plan.getCategories();
        while (categories.size() > planned.size()) {
            categories.remove(categories.size() - 1);
        }
        for (int i = 0; i < planned.size(); i++) {
            if (i < categories.size()) {
                categories.get(i).apply(planned.get(i));
            } else {
                categories.add(new BudgetCategory(this, i, planned.get(i)));
            }
        }
    }

    /** The name of one of this cycle's categories; empty for none or another cycle's. */
    public String categoryName(Long categoryId) {
        return categories.stream().filter(category -> category.id().equals(categoryId)).map(BudgetCategory::name).findFirst()
                .orElse("");
    }

    public Long id() {
        return id;
    }

    public Long hromadaId() {
        return hromadaId;
    }

    public String title() {
        return title;
    }

    public int year() {
        return year;
    }

    public Money totalBudget() {
        return totalBudget;
    }

    public CyclePhases phases() {
        return phases;
    }

    public CycleRules rules() {
        return rules;
    }

    /** Present when the cycle records an election imported from a file rather than one run here. */
    public Optional<HistoricRecord> historic() {
        return Optional.ofNullable(historic);
    }

    /** For pages: whether the cycle records an election imported from a file. */
    public boolean isHistoric() {
        return historic != null;
    }

    public List<BudgetCategory> categories() {
        return Collections.unmodifiableList(categories);
    }
}
