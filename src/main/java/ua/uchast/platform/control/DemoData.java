package ua.uchast.platform.control;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ua.uchast.community.control.HromadaRepository;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.StaffRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.control.CycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CategoryPlan;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.TallyRule;

/**
 * Two demo hromadas with settlements, staff and cycles placed around today so that every phase has something to
 * show. Loaded only into an empty database and only when configured (never in production).
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "uchast-demo-2027";
    public static final List<String> ADMINISTRATORS = List.of("vyshneva.admin", "kalynivka.admin");
    public static final String COMMISSION_MEMBER = "vyshneva.commission";
    public static final String OPERATOR = "vyshneva.operator";

    @Inject
    HromadaRepository hromadas;
    @Inject
    StaffRepository staff;
    @Inject
    CycleRepository cycles;
    @Inject
    PasswordHasher passwordHasher;
    @Inject
    Clock clock;

    @Transactional
    public boolean loadIfEmpty() {
        if (!hromadas.all().isEmpty()) {
            return false;
        }
        LocalDateTime now = KyivTime.nowUtc(clock);
        LocalDate today = KyivTime.today(clock);
        String passwordHash = passwordHasher.hash(PASSWORD);

        Hromada vyshneva = hromadas.add(new Hromada("vyshneva", "Вишнева громада", "Vyshneva hromada", now));
        List.of("м. Вишневе", "с. Крюківщина", "с. Тарасівка", "с. Віта-Поштова")
                .forEach(name -> vyshneva.addTerritory(name, TerritoryKind.SETTLEMENT));
        staff.add(new StaffAccount(vyshneva, ADMINISTRATORS.get(0), "Олена Коваль", "admin@vyshneva.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));
        staff.add(new StaffAccount(vyshneva, COMMISSION_MEMBER, "Петро Данилюк", "commission@vyshneva.example",
                StaffRole.COMMISSION, passwordHash, now));
        staff.add(new StaffAccount(vyshneva, OPERATOR, "Ірина Савчук", "cnap@vyshneva.example", StaffRole.OPERATOR,
                passwordHash, now));
        addCycle(vyshneva, 2025, today.minusDays(300), TallyRule.GREEDY, now);
        addCycle(vyshneva, 2026, today.minusDays(60), TallyRule.GREEDY, now);
        addCycle(vyshneva, 2027, today.minusDays(5), TallyRule.EQUAL_SHARES, now);

        Hromada kalynivka = hromadas.add(new Hromada("kalynivka", "Калинівська громада", "Kalynivka hromada", now));
        List.of("смт Калинівка", "с. Прудянка", "с. Бірки").forEach(name -> kalynivka.addTerritory(name, TerritoryKind.SETTLEMENT));
        kalynivka.addTerritory("Бірківський старостинський округ", TerritoryKind.STAROSTA_DISTRICT);
        staff.add(new StaffAccount(kalynivka, ADMINISTRATORS.get(1), "Андрій Мельник", "admin@kalynivka.example",
                StaffRole.ADMINISTRATOR, passwordHash, now));
        addCycle(kalynivka, 2025, today.minusDays(120), TallyRule.GREEDY, now);
        addCycle(kalynivka, 2026, today.minusDays(40), TallyRule.GREEDY_NO_SKIP, now);
        addCycle(kalynivka, 2027, today.plusDays(30), TallyRule.GREEDY, now);
        return true;
    }

    private void addCycle(Hromada hromada, int year, LocalDate submissionStart, TallyRule rule, LocalDateTime now) {
        CyclePlan plan = typicalPlan(year, submissionStart);
        plan.setTallyRule(rule);
        cycles.add(BudgetCycle.plan(hromada.id(), plan, now));
    }

    /**
     * A typical cycle: 3 000 000 UAH in small and large projects, proposals opening on {@code submissionStart} for a
     * month, review, voting from day 57 to day 70, results on day 75, implementation from day 100.
     */
    public static CyclePlan typicalPlan(int year, LocalDate submissionStart) {
        CyclePlan plan = new CyclePlan();
        plan.setTitle("Бюджет участі " + year);
        plan.setYear(year);
        plan.setTotalBudget(3_000_000L);
        plan.setSubmissionStart(submissionStart);
        plan.setSubmissionEnd(submissionStart.plusDays(30));
        plan.setReviewEnd(submissionStart.plusDays(45));
        plan.setVotingStart(submissionStart.plusDays(57));
        plan.setVotingEnd(submissionStart.plusDays(70));
        plan.setResultsDate(submissionStart.plusDays(75));
        plan.setImplementationStart(submissionStart.plusDays(100));
        plan.addCategory(new CategoryPlan("Малі проєкти", 1_000_000L, 50_000L, 300_000L, 1));
        plan.addCategory(new CategoryPlan("Великі проєкти", 2_000_000L, 300_001L, 1_000_000L, 1));
        return plan;
    }
}
