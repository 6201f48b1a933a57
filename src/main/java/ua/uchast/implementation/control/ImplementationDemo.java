package ua.uchast.implementation.control;

import java.awt.Color;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffDirectory;
import ua.uchast.community.control.CommunityDemo;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.implementation.entity.Editor;
import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.implementation.entity.PlanForm;
import ua.uchast.implementation.entity.ProgressReport;
import ua.uchast.implementation.entity.ReportForm;
import ua.uchast.implementation.entity.ReportPhoto;
import ua.uchast.platform.control.DemoDataRequested;
import ua.uchast.platform.control.DemoPictures;
import ua.uchast.platform.control.PhotoInspection;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.entity.Project;

/**
 * The implementation of the winners of every demo cycle in its implementation phase, a year after their results: in
 * every status — implemented, in progress on time, not implemented with its reason, in progress past its date with
 * more spent than planned (and why), planned — with dated reports and photos. Vyshneva's executor is responsible for
 * two of its winners.
 */
@ApplicationScoped
public class ImplementationDemo {

    private static final Editor ADMINISTRATION = new Editor(null, "Адміністратор громади");
    private static final String[] DEPARTMENTS = {"Відділ благоустрою", "Відділ капітального будівництва",
            "Управління освіти, культури і спорту", "Відділ житлово-комунального господарства", "Управління соціального захисту"};

    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleCatalog cycles;
    @Inject
    ProjectCatalogue projects;
    @Inject
    StaffDirectory staff;
    @Inject
    ImplementationRepository records;
    @Inject
    PhotoInspection photos;
    @Inject
    EntityManager entityManager;

    void load(@Observes @Priority(DemoDataRequested.IMPLEMENTATION) DemoDataRequested request) {
        StaffAccount executorAccount = staff.demoAccount(request, CommunityDemo.EXECUTOR).orElseThrow();
        Editor executor = new Editor(executorAccount.id(), executorAccount.fullName());
        for (Hromada hromada : hromadas.all()) {
            for (BudgetCycle cycle : cycles.ofHromada(hromada.id())) {
                if (!cycle.isHistoric() && cycles.phaseOf(cycle) == Phase.IMPLEMENTATION) {
                    List<Project> winners = winnersOf(hromada, cycle);
                    if (winners.isEmpty()) {
                        standInWinners(cycle);
                        winners = winnersOf(hromada, cycle);
                    }
                    boolean executorsHromada = hromada.id().equals(executorAccount.hromada().id());
                    new Story(cycle, request.today(), executorsHromada ? executor : null).tell(winners);
                }
            }
        }
        records.flush();
    }

    private List<Project> winnersOf(Hromada hromada, BudgetCycle cycle) {
        return projects.winnersOf(hromada.id()).stream().filter(project -> project.cycleId().equals(cycle.id())).toList();
    }

    /**
     * Until the results component publishes the demo cycles' results (and with them the winners), the projects that
     * fit each category's budget in the order they were made stand in for the winners.
     */
    private void standInWinners(BudgetCycle cycle) {
        Map<Long, Long> left = new HashMap<>();
        cycle.categories().forEach(category -> left.put(category.id(), category.budget().hryvnias()));
        List<Long> winners = new ArrayList<>();
        for (Project project : projects.onBallot(cycle.id())) {
            long budget = left.getOrDefault(project.categoryId(), 0L);
            if (project.totalCost().hryvnias() <= budget) {
                left.put(project.categoryId(), budget - project.totalCost().hryvnias());
                winners.add(project.id());
            }
        }
        entityManager.flush();
        if (!winners.isEmpty()) {
            entityManager.createNativeQuery("UPDATE project SET status = 'WINNER' WHERE id IN ("
                    + String.join(",", winners.stream().map(String::valueOf).toList()) + ")").executeUpdate();
        }
        entityManager.clear();
    }

    /** One cycle's winners, a year into their implementation. */
    private final class Story {

        private final BudgetCycle cycle;
        private final LocalDate results;
        private final LocalDate today;
        private final Editor executor;
        private int pictures;

        Story(BudgetCycle cycle, LocalDate today, Editor executor) {
            this.cycle = cycle;
            this.results = cycle.phases().resultsDate();
            this.today = today;
            this.executor = executor;
        }

        void tell(List<Project> winners) {
            for (int i = 0; i < winners.size() && i < 5; i++) {
                Project winner = winners.get(i);
                Editor editor = executor != null && (i == 1 || i == 3) ? executor : ADMINISTRATION;
                Implementation implementation = records.add(Implementation.startFor(winner.id(), winner.hromadaId(), cycle.id(),
                        winner.totalCost(), at(results.plusDays(20))));
                if (editor != ADMINISTRATION) {
                    implementation.assign(editor.accountId(), editor.name(), ADMINISTRATION, at(results.plusDays(21)));
                }
                long cost = winner.totalCost().hryvnias();
                String department = DEPARTMENTS[(int) (winner.id() % DEPARTMENTS.length)];
                switch (i) {
                    case 0 -> {
                        plan(implementation, editor, department, cost, 0, null, results.plusDays(200), results.plusDays(25));
                        start(implementation, editor, results.plusDays(40));
                        report(implementation, editor, results.plusDays(60), "Підписано договір з підрядником за результатами "
                                + "закупівлі в Prozorro. Підрядник завіз матеріали й розпочав роботи.");
                        report(implementation, editor, results.plusDays(150), "Основні роботи виконано, лишилося впорядкувати "
                                + "територію навколо.");
                        plan(implementation, editor, department, cost, cost * 97 / 100, null, results.plusDays(200), results.plusDays(190));
                        implementation.moveTo(ImplementationStatus.IMPLEMENTED, "Роботи прийнято за актом; об’єкт відкрито для мешканців.",
                                editor, at(results.plusDays(195)));
                    }
                    case 1 -> {
                        plan(implementation, editor, department, cost, 0, null, today.plusDays(60), results.plusDays(30));
                        start(implementation, editor, results.plusDays(50));
                        report(implementation, editor, today.minusDays(20), "Виконано близько половини робіт; завершення — за планом.");
                        plan(implementation, editor, department, cost, cost * 45 / 100, null, today.plusDays(60), today.minusDays(19));
                    }
                    case 2 -> {
                        plan(implementation, editor, department, cost, 0, null, results.plusDays(180), results.plusDays(25));
                        start(implementation, editor, results.plusDays(40));
                        report(implementation, editor, results.plusDays(70), "Під час оформлення ділянки з’ясувалося, що право на "
                                + "неї оскаржують у суді.");
                        implementation.moveTo(ImplementationStatus.NOT_IMPLEMENTED, "Ділянку не вдалося оформити: спір про неї "
                                + "розглядає суд. Кошти повернуто до бюджету громади; автора запрошено подати проєкт наступного року.",
                                editor, at(results.plusDays(120)));
                    }
                    case 3 -> {
                        plan(implementation, editor, department, cost, 0, null, today.minusDays(30), results.plusDays(25));
                        start(implementation, editor, results.plusDays(30));
                        report(implementation, editor, results.plusDays(100), "Роботи тривають; підрядник затримує постачання "
                                + "обладнання.");
                        plan(implementation, editor, department, cost, cost * 108 / 100, "Ціни на матеріали зросли; решту "
                                + "оплачено з резервного фонду за рішенням сесії.", today.minusDays(30), results.plusDays(110));
                    }
                    default -> plan(implementation, editor, department, cost, 0, null, today.plusDays(120), results.plusDays(30));
                }
            }
        }

        private void plan(Implementation implementation, Editor editor, String department, long planned, long spent, String reason,
                LocalDate completion, LocalDate on) {
            PlanForm form = new PlanForm();
            form.setDepartment(department);
            form.setPlannedAmount(planned);
            form.setSpentAmount(spent);
            form.setOverspendReason(reason);
            form.setPlannedCompletion(completion);
            implementation.revise(form, results, editor, at(on));
        }

        private void start(Implementation implementation, Editor editor, LocalDate on) {
            implementation.moveTo(ImplementationStatus.IN_PROGRESS, null, editor, at(on));
        }

        private void report(Implementation implementation, Editor editor, LocalDate on, String text) {
            ReportForm form = new ReportForm();
            form.setReportedOn(on);
            form.setText(text);
            ProgressReport report = implementation.report(form, 1, results, today, editor, at(on));
            PhotoInspection.CleanPhoto photo = photos.cleanPhoto("photos", DemoPictures.scene(colour(), pictures++));
            records.flush();
            ReportPhoto stored = report.addPhoto(photo.mimeType(), photo.content().length, at(on));
            records.flush();
            records.savePhotoContent(stored.id(), photo.content());
        }

        private Color colour() {
            Color[] colours = {new Color(200, 120, 60), new Color(90, 150, 200), new Color(110, 90, 200), new Color(70, 160, 80)};
            return colours[pictures % colours.length];
        }

        /** Mid-morning in Kyiv on the day, as a UTC timestamp. */
        private LocalDateTime at(LocalDate day) {
            return day.atTime(8, 0);
        }
    }
}
