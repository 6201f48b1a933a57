package ua.uchast.proposal.control;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.Territory;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.entity.BudgetCategory;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.ResidentRegistry;
import ua.uchast.platform.control.DemoDataRequested;
import ua.uchast.platform.control.DemoPictures;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.Attachment;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.CycleTerms;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectForm;

/**
 * Demo projects, with a photo and an estimate each, in every demo cycle that has reached its proposals: drafts and
 * submitted ones while proposals are open, every moderation outcome in review, and a full ballot from voting on.
 * Each goes through the same status machine as a real project, dated inside its cycle's calendar.
 */
@ApplicationScoped
public class ProposalDemo {

    /** A project idea: texts, place, estimate lines and the colour of its picture. */
    record Idea(String title, String summary, String problem, String solution, String beneficiaries, String street,
            List<EstimateLineForm> lines, Color colour) {

        boolean large() {
            return lines.stream().mapToLong(line -> line.getQuantity() * line.getUnitPrice()).sum() > 300_000;
        }

        Idea titled(String otherTitle) {
            return new Idea(otherTitle, summary, problem, solution, beneficiaries, street, lines, colour);
        }
    }

    private static final List<Idea> IDEAS = List.of(
            idea("Лавки й урни біля ставу", "Десять лавок з урнами вздовж стежки навколо ставу.",
                    "Довкола ставу гуляють сотні людей, але присісти ніде: старшим людям і батькам з малечею важко.",
                    "Встановити десять паркових лавок з урнами через кожні 50 метрів стежки.",
                    "Близько 3 000 мешканців прилеглих вулиць і всі, хто гуляє біля ставу.", "стежка біля ставу",
                    new Color(90, 150, 200), line("Лавка паркова з урною", 10, "шт", 6_500), line("Монтаж", 1, "послуга", 20_000)),
            idea("Світло на пішохідній доріжці до школи", "Дванадцять енергоощадних ліхтарів на доріжці, якою діти ходять до школи.",
                    "Узимку діти повертаються з гуртків у темряві: доріжка не освітлена, там небезпечно.",
                    "Поставити 12 світлодіодних ліхтарів на опорах, прокласти кабель і під'єднати до вуличного освітлення.",
                    "Учні школи (близько 600 дітей), їхні батьки та мешканці мікрорайону.", "вул. Шкільна",
                    new Color(40, 60, 110), line("Ліхтар світлодіодний на опорі", 12, "шт", 9_800), line("Кабель", 400, "м", 85),
                    line("Монтаж і під'єднання", 1, "послуга", 35_000)),
            idea("Велопарковки біля школи й амбулаторії", "Вісім надійних велопарковок там, куди люди їздять найчастіше.",
                    "Велосипеди лишають біля парканів і дерев: їх крадуть, а проходи захаращені.",
                    "Встановити вісім велостійок на бетонній основі біля школи, амбулаторії та ЦНАПу.",
                    "Школярі, пацієнти амбулаторії й відвідувачі ЦНАПу — кілька сотень людей щодня.", "вул. Центральна",
                    new Color(200, 120, 60), line("Велостійка на 5 місць", 8, "шт", 7_200), line("Монтаж", 1, "послуга", 8_000)),
            idea("Пандус до амбулаторії", "Зручний пандус із поручнями, щоб до лікаря могли дістатися всі.",
                    "До амбулаторії ведуть сім сходинок: людям на візках, з милицями та батькам з колясками туди не потрапити.",
                    "Збудувати бетонний пандус з ухилом за нормами ДБН, з поручнями з обох боків і протиковзким покриттям.",
                    "Пацієнти амбулаторії, передусім люди з інвалідністю та старшого віку.", "вул. Лікарняна",
                    new Color(120, 120, 130), line("Матеріали для пандуса", 1, "комплект", 58_000), line("Будівельні роботи", 1, "послуга", 40_000)),
            idea("Дерева й квітник на площі", "Сорок дерев і квітник, щоб на площі була тінь улітку.",
                    "Площа вся в бруківці: улітку там спекотно, і люди її оминають.",
                    "Висадити сорок саджанців клена й липи, облаштувати квітник і краплинний полив.",
                    "Усі мешканці: площа — місце свят і ярмарків.", "центральна площа",
                    new Color(70, 160, 80), line("Саджанець дерева", 40, "шт", 1_800), line("Родючий ґрунт", 1, "партія", 15_000),
                    line("Краплинний полив", 1, "комплект", 28_000)),
            idea("Гурток робототехніки в бібліотеці", "Набори для робототехніки та два ноутбуки для безкоштовного гуртка.",
                    "Дітям у громаді ніде займатися технічною творчістю; найближчий гурток — у місті за 20 км.",
                    "Придбати шість навчальних наборів і два ноутбуки; бібліотека проводитиме заняття двічі на тиждень.",
                    "Діти 9–15 років, близько 60 на рік.", "вул. Бібліотечна",
                    new Color(230, 180, 40), line("Навчальний набір з робототехніки", 6, "шт", 21_000), line("Ноутбук", 2, "шт", 32_000)),
            idea("Укриття на зупинці", "Засклене укриття з лавкою на зупинці, де люди чекають автобус на морозі.",
                    "Зупинка — просто стовп: у дощ і сніг люди, зокрема школярі, чекають під відкритим небом.",
                    "Встановити металеве укриття із загартованим склом, лавкою й освітленням.",
                    "Близько 400 пасажирів щодня.", "зупинка «Центр»",
                    new Color(150, 170, 190), line("Укриття зупинкове", 1, "шт", 112_000), line("Монтаж і фундамент", 1, "послуга", 33_000)),
            idea("Спортивний майданчик з гумовим покриттям", "Майданчик для футболу й баскетболу з тренажерами просто неба.",
                    "Старий майданчик — розбитий асфальт: підлітки грають на дорозі, дорослим ніде займатися спортом.",
                    "Покласти гумове покриття на 600 м², встановити ворота, баскетбольні щити і вісім вуличних тренажерів.",
                    "Підлітки й дорослі мікрорайону, близько 2 500 людей.", "вул. Спортивна",
                    new Color(200, 70, 60), line("Гумове покриття", 600, "м²", 950), line("Вуличний тренажер", 8, "шт", 28_000),
                    line("Ворота й щити, монтаж", 1, "послуга", 60_000)),
            idea("Інклюзивний дитячий майданчик", "Майданчик, де можуть гратися разом усі діти, зокрема на візках.",
                    "Жоден майданчик у громаді не пристосований для дітей з інвалідністю.",
                    "Встановити інклюзивні гойдалки, карусель на рівні землі, сенсорні панелі й безпечне покриття.",
                    "Близько 900 дітей до 12 років, з них щонайменше 25 — з інвалідністю.", "сквер біля ЦНАПу",
                    new Color(110, 90, 200), line("Інклюзивне ігрове обладнання", 1, "комплект", 455_000),
                    line("Безпечне покриття", 300, "м²", 420), line("Монтаж", 1, "послуга", 39_000)),
            idea("Сквер для старших людей", "Тінисті лавки, альтанка й стіл для шахів — місце зустрічей для старших.",
                    "Старшим людям ніде зібратися просто неба: пустир біля будинку культури заріс бур'яном.",
                    "Розчистити ділянку, прокласти доріжки, поставити альтанку, лавки, столи для шахів і освітлення.",
                    "Понад 1 200 мешканців старших за 60 років.", "біля будинку культури",
                    new Color(160, 130, 90), line("Альтанка", 1, "шт", 140_000), line("Доріжки з плитки", 250, "м²", 880),
                    line("Лавки, столи, освітлення", 1, "комплект", 120_000)),
            idea("Тротуар від школи до зупинки", "Безпечний тротуар на 350 метрів уздовж дороги, якою ходять діти.",
                    "Діти йдуть до школи узбіччям дороги з інтенсивним рухом — тротуару немає.",
                    "Збудувати тротуар з бордюрами й пішохідним переходом з острівцем безпеки.",
                    "Учні школи та всі пішоходи вулиці, близько 1 000 людей щодня.", "вул. Шевченка",
                    new Color(130, 130, 100), line("Тротуар з бордюрами", 350, "м", 1_900)),
            idea("Сонячні панелі на даху амбулаторії", "Власна сонячна станція, щоб амбулаторія працювала й без світла.",
                    "Під час відключень амбулаторія не може зберігати вакцини й приймати пацієнтів.",
                    "Встановити сонячні панелі на 20 кВт з акумуляторами, що тримають холодильники й освітлення 8 годин.",
                    "Усі пацієнти амбулаторії, близько 7 000 людей.", "вул. Лікарняна",
                    new Color(60, 120, 170), line("Сонячна станція 20 кВт з акумуляторами", 1, "комплект", 720_000)));

    private static final Set<String> YOUTH_IDEAS = Set.of("Велопарковки біля школи й амбулаторії",
            "Гурток робототехніки в бібліотеці", "Укриття на зупинці");

    private static final Map<String, double[]> CENTRES = Map.of("vyshneva", new double[] {50.3865, 30.3698},
            "kalynivka", new double[] {50.2245, 30.2741}, "myrne", new double[] {50.5112, 30.0127});

    @Inject
    HromadaCatalog hromadas;
    @Inject
    CycleCatalog cycles;
    @Inject
    ResidentRegistry residentRegistry;
    @Inject
    ProjectRepository projects;
    @Inject
    CycleTermsSource termsSource;
    @Inject
    UploadInspector inspector;

    void load(@Observes @Priority(DemoDataRequested.PROPOSAL) DemoDataRequested request) {
        List<Resident> authors = residentRegistry.demoResidents();
        for (Hromada hromada : hromadas.all()) {
            for (BudgetCycle cycle : cycles.ofHromada(hromada.id())) {
                Phase phase = cycles.phaseOf(cycle);
                if (phase != Phase.ANNOUNCED) {
                    new CycleProjects(hromada, cycle, authors).fill(phase);
                }
            }
        }
    }

    /** The projects of one demo cycle. */
    private final class CycleProjects {

        private final Hromada hromada;
        private final BudgetCycle cycle;
        private final List<Resident> authors;
        private final Actor commission = Actor.staff(null, "Конкурсна комісія");
        private int made;

        CycleProjects(Hromada hromada, BudgetCycle cycle, List<Resident> authors) {
            this.hromada = hromada;
            this.cycle = cycle;
            this.authors = authors;
        }

        void fill(Phase phase) {
            int offset = (int) (cycle.id() % IDEAS.size());
            if (phase == Phase.SUBMISSION) {
                draft(IDEAS.get(offset));
                submitted(IDEAS.get((offset + 1) % IDEAS.size()));
                submitted(IDEAS.get((offset + 2) % IDEAS.size()));
                return;
            }
            if (phase == Phase.REVIEW) {
                submitted(IDEAS.get(0));
                Project expert = underReview(IDEAS.get(1));
                List<EstimateLineForm> cheaper = expert.toForm().getEstimate();
                cheaper.get(0).setUnitPrice(cheaper.get(0).getUnitPrice() * 9 / 10);
                expert.proposeExpertEstimate(commission, "Ціни на ліхтарі в каталогах постачальників нижчі на 10 %.", cheaper,
                        terms(Phase.REVIEW), at(Phase.REVIEW, 3));
                underReview(IDEAS.get(2)).requestRevision(commission, "Додайте, будь ласка, схему розміщення велостійок.",
                        null, at(Phase.REVIEW, 4));
                accepted(IDEAS.get(3));
                accepted(IDEAS.get(7));
                underReview(IDEAS.get(9)).reject(commission, "Ділянка біля будинку культури в оренді: громада не може там будувати.",
                        "Договір оренди до 2031 року.", at(Phase.REVIEW, 5));
                Project withdrawn = submitted(IDEAS.get(4));
                withdrawn.withdraw(author(withdrawn), "Дерева висадить місцеве підприємство.", terms(Phase.REVIEW), at(Phase.REVIEW, 2));
                Project kept = underReview(IDEAS.get(5));
                Project absorbed = submitted(IDEAS.get(5).titled("Гурток робототехніки для школярів"));
                absorbed.mergeInto(kept, author(absorbed), at(Phase.REVIEW, 3));
                return;
            }
            IDEAS.forEach(this::accepted);
            underReview(IDEAS.get(offset).titled("Ремонт даху приватного будинку")).reject(commission,
                    "Ремонт приватного майна не належить до повноважень громади.", null, at(Phase.REVIEW, 5));
            Project withdrawn = submitted(IDEAS.get(offset + 1).titled("Фестиваль вуличної музики"));
            withdrawn.withdraw(author(withdrawn), "Фестиваль профінансує спонсор.", terms(Phase.REVIEW), at(Phase.REVIEW, 2));
        }

        private Project draft(Idea idea) {
            Resident author = authorOf();
            Project project = projects.add(Project.draft(cycle.id(), hromada.id(), actorOf(author), form(idea), terms(Phase.SUBMISSION),
                    at(Phase.SUBMISSION, 1)));
            addPhoto(project, idea, author);
            return project;
        }

        private Project submitted(Idea idea) {
            Project project = draft(idea);
            project.submit(author(project), form(idea), terms(Phase.SUBMISSION), at(Phase.SUBMISSION, 2));
            projects.flush();
            return project;
        }

        private Project underReview(Idea idea) {
            Project project = submitted(idea);
            project.startReview(commission, 0, terms(Phase.REVIEW), at(Phase.REVIEW, 1));
            return project;
        }

        private Project accepted(Idea idea) {
            Project project = underReview(idea);
            project.accept(commission, "Проєкт відповідає всім вимогам положення.", null, at(Phase.REVIEW, 6));
            projects.flush();
            return project;
        }

        private ProjectForm form(Idea idea) {
            Territory territory = hromada.territories().get(made % hromada.territories().size());
            double[] centre = CENTRES.getOrDefault(hromada.slug(), new double[] {50.45, 30.52});
            ProjectForm form = new ProjectForm();
            form.setTitle(idea.title());
            form.setCategoryId(categoryFor(idea).id());
            form.setTerritoryId(territory.id());
            form.setSummary(idea.summary());
            form.setProblem(idea.problem());
            form.setSolution(idea.solution());
            form.setBeneficiaries(idea.beneficiaries());
            form.setAddress(territory.name() + ", " + idea.street());
            form.setLatitude(BigDecimal.valueOf(centre[0] + (made % 7 - 3) * 0.0021).setScale(6, RoundingMode.HALF_UP));
            form.setLongitude(BigDecimal.valueOf(centre[1] + (made % 5 - 2) * 0.0033).setScale(6, RoundingMode.HALF_UP));
            idea.lines().forEach(line -> form.getEstimate()
                    .add(new EstimateLineForm(line.getItem(), line.getQuantity(), line.getUnit(), line.getUnitPrice())));
            form.setContactEmail("author" + made + "@demo.uchast.localhost");
            return form;
        }

        private void addPhoto(Project project, Idea idea, Resident author) {
            UploadInspector.CleanFile photo = inspector.inspect(AttachmentKind.PHOTO, "photo", DemoPictures.scene(idea.colour(), made));
            projects.addAttachment(new Attachment(project.id(), AttachmentKind.PHOTO, "photo-" + project.id() + ".jpg", photo.type(),
                    photo.content().length, author.id(), at(Phase.SUBMISSION, 1)), photo.content());
        }

        /** Large projects go to the second category; youth ideas to a third one where the cycle has it. */
        private BudgetCategory categoryFor(Idea idea) {
            List<BudgetCategory> categories = cycle.categories();
            if (categories.size() > 2 && YOUTH_IDEAS.contains(idea.title())) {
                return categories.get(2);
            }
            return categories.get(idea.large() ? 1 : 0);
        }

        private Resident authorOf() {
            made++;
            return authors.get((int) ((cycle.id() * 3 + made) % authors.size()));
        }

        private Actor author(Project project) {
            return Actor.resident(project.authorId(), project.authorName());
        }

        private static Actor actorOf(Resident resident) {
            return Actor.resident(resident.id(), resident.displayName());
        }

        private CycleTerms terms(Phase phase) {
            return termsSource.termsOf(cycle, phase);
        }

        /** Noon (Kyiv) on a day of the phase: the start of proposals or of review, plus {@code days}. */
        private LocalDateTime at(Phase phase, int days) {
            LocalDate start = phase == Phase.SUBMISSION ? cycle.phases().submissionStart() : cycle.phases().submissionEnd().plusDays(1);
            return start.plusDays(days).atTime(9, 0);
        }
    }

    private static Idea idea(String title, String summary, String problem, String solution, String beneficiaries, String street,
            Color colour, EstimateLineForm... lines) {
        return new Idea(title, summary, problem, solution, beneficiaries, street, List.of(lines), colour);
    }

    private static EstimateLineForm line(String item, long quantity, String unit, long unitPrice) {
        return new EstimateLineForm(item, quantity, unit, unitPrice);
    }
}
