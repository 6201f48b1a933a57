package ua.uchast.implementation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.control.JpaHromadaRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.control.JpaCycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.implementation.control.UnsubscribeTokens;
import ua.uchast.implementation.entity.Follower;
import ua.uchast.implementation.entity.Implementation;
import ua.uchast.implementation.entity.ImplementationEvent;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.implementation.entity.PlanForm;
import ua.uchast.implementation.entity.ReportForm;
import ua.uchast.platform.control.MailSettings;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.OutgoingMail;
import ua.uchast.proposal.TestImages;
import ua.uchast.proposal.control.CycleTermsSource;
import ua.uchast.proposal.entity.Actor;
import ua.uchast.proposal.entity.EstimateLineForm;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.testsupport.DeliveringEvent;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/**
 * Implementation tracking through its boundaries against a real MariaDB: an administrator assigns a winner, its
 * executor keeps it up to date (audited, in the public history, mailed to followers with an unsubscribe link); every
 * refusal saves nothing and is audited; executors reach only their own projects in their own hromada; a suspended
 * hromada accepts nothing; the public list filters and marks what is overdue.
 */
class ImplementationDeskIT {

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_implementation");

    private static final LocalDate SUBMISSION_START = LocalDate.of(2026, 3, 1);
    /** The typical plan announces results on day 75. */
    private static final LocalDate RESULTS = SUBMISSION_START.plusDays(75);
    private static final LocalDate TODAY = RESULTS.plusDays(100);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Resident AUTHOR = new Resident(501L, "key-author", "Олег Автор");
    private static final Resident NEIGHBOUR = new Resident(502L, "key-neighbour", "Ганна Сусідка");
    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens(Optional.of("implementation-it-secret"), "");
    private static final MailSettings MAIL = new MailSettings(Optional.empty(), 25, "noreply@test", Optional.empty(), Optional.empty(),
            false, Optional.of("https://uchast.test/"));

    private static TwoHromadas hromadas;
    private static StaffMember executorA;
    private static StaffMember otherExecutorA;
    private static StaffMember executorB;
    private static Long cycleA;
    private static Long cycleB;
    private static int made;

    private final AtomicReference<StaffMember> staff = new AtomicReference<>();
    private final AtomicReference<Resident> resident = new AtomicReference<>();

    @BeforeAll
    static void seed() {
        hromadas = DATABASE.hromadas();
        DATABASE.persistence().run(entityManager -> {
            Hromada a = entityManager.find(Hromada.class, hromadas.hromadaA);
            Hromada b = entityManager.find(Hromada.class, hromadas.hromadaB);
            b.addTerritory("с. Друге", TerritoryKind.SETTLEMENT);
            executorA = executor(entityManager, a, "executor.a", "Василь Гнатюк");
            otherExecutorA = executor(entityManager, a, "executor.a2", "Марта Гнатюк");
            executorB = executor(entityManager, b, "executor.b", "Богдан Виконавець");
            cycleA = cycle(entityManager, a.id());
            cycleB = cycle(entityManager, b.id());
        });
    }

    private static StaffMember executor(EntityManager entityManager, Hromada hromada, String username, String name) {
        StaffAccount account = new StaffAccount(hromada, username, name, null, StaffRole.EXECUTOR,
                Wiring.passwordHasher().hash("a-long-test-password"), LocalDateTime.of(2026, 1, 1, 0, 0));
        entityManager.persist(account);
        entityManager.flush();
        return new StaffMember(account.id(), hromada.id(), username, name, StaffRole.EXECUTOR);
    }

    private static Long cycle(EntityManager entityManager, Long hromadaId) {
        BudgetCycle cycle = BudgetCycle.plan(hromadaId, CyclePlans.valid(2027, SUBMISSION_START), LocalDateTime.of(2026, 1, 1, 0, 0));
        entityManager.persist(cycle);
        entityManager.flush();
        return cycle.id();
    }

    @BeforeEach
    void signOut() {
        staff.set(null);
        resident.set(null);
    }

    /** A project accepted for voting in the cycle, by {@link #AUTHOR}; a winner unless {@code won} is false. */
    private static Long project(Long cycleId, boolean won) {
        return DATABASE.persistence().call(entityManager -> {
            CycleCatalog cycles = new CycleCatalog(new JpaCycleRepository(entityManager), CLOCK);
            CycleTermsSource terms = new CycleTermsSource(cycles, new HromadaCatalog(new JpaHromadaRepository(entityManager)));
            BudgetCycle cycle = cycles.byId(cycleId).orElseThrow();
            Hromada hromada = entityManager.find(Hromada.class, cycle.hromadaId());
            ProjectForm form = new ProjectForm();
            form.setTitle("Лавки біля ставу " + (++made));
            form.setCategoryId(cycle.categories().get(0).id());
            form.setTerritoryId(hromada.territories().get(0).id());
            form.setSummary("Десять лавок");
            form.setProblem("Ніде сісти");
            form.setSolution("Поставити лавки");
            form.setBeneficiaries("Мешканці");
            form.setAddress("вул. Паркова, 1");
            form.setLatitude(new java.math.BigDecimal("50.390100"));
            form.setLongitude(new java.math.BigDecimal("30.370200"));
            form.getEstimate().add(new EstimateLineForm("Лавка", 10L, "шт", 6_000L));
            form.getEstimate().add(new EstimateLineForm("Монтаж", 1L, "послуга", 15_000L));
            form.setContactEmail("Author" + made + "@Example.org");
            Actor author = Actor.resident(AUTHOR.id(), AUTHOR.displayName());
            Actor commission = Actor.staff(hromadas.commissionA.accountId(), "Комісія");
            LocalDateTime during = SUBMISSION_START.plusDays(5).atTime(9, 0);
            Project project = Project.draft(cycleId, cycle.hromadaId(), author, form, terms.termsOf(cycle, Phase.SUBMISSION), during);
            entityManager.persist(project);
            entityManager.flush();
            project.submit(author, form, terms.termsOf(cycle, Phase.SUBMISSION), during);
            project.startReview(commission, 0, terms.termsOf(cycle, Phase.REVIEW), during.plusDays(30));
            project.accept(commission, null, null, during.plusDays(31));
            entityManager.flush();
            if (won) {
                // The results component records winners; until it is merged, they are made here.
                entityManager.createNativeQuery("UPDATE project SET status = 'WINNER' WHERE id = ?").setParameter(1, project.id())
                        .executeUpdate();
            }
            return project.id();
        });
    }

    /** One boundary call in one transaction, as the container runs it; news is written to followers within it. */
    private <T> T call(Function<Boundaries, T> work) {
        return DATABASE.persistence().call(entityManager -> work.apply(new Boundaries(entityManager)));
    }

    private void run(java.util.function.Consumer<Boundaries> work) {
        call(boundaries -> {
            work.accept(boundaries);
            return null;
        });
    }

    private final class Boundaries {

        private final Wiring wiring;

        Boundaries(EntityManager entityManager) {
            CurrentStaff currentStaff = () -> Optional.ofNullable(staff.get());
            this.wiring = new Wiring(entityManager, currentStaff, CLOCK);
        }

        ImplementationDesk desk() {
            return wiring.implementationDesk(new DeliveringEvent<>(wiring.followerMailer(MAIL, TOKENS)::onNews),
                    new DeliveringEvent<>(refused -> DATABASE.persistence().run(apart -> new Wiring(apart, Optional::empty, CLOCK)
                            .auditTrail().record(refused.entry()))));
        }

        ProgressCatalogue catalogue() {
            return wiring.progressCatalogue();
        }

        Following following() {
            CurrentResident currentResident = () -> Optional.ofNullable(resident.get());
            return wiring.following(currentResident, TOKENS);
        }
    }

    private static PlanForm plan(long planned, long spent, String reason, LocalDate completion) {
        PlanForm form = new PlanForm();
        form.setDepartment("Відділ благоустрою");
        form.setPlannedAmount(planned);
        form.setSpentAmount(spent);
        form.setOverspendReason(reason);
        form.setPlannedCompletion(completion);
        return form;
    }

    private static ReportForm report(LocalDate day, String text) {
        ReportForm form = new ReportForm();
        form.setReportedOn(day);
        form.setText(text);
        return form;
    }

    private Implementation record(Long projectId) {
        return call(boundaries -> {
            Implementation implementation = boundaries.catalogue().ofProject(projectId).orElseThrow().implementation();
            implementation.history().forEach(event -> Optional.ofNullable(event.report()).ifPresent(report -> report.photos().size()));
            implementation.reports().size();
            return implementation;
        });
    }

    private static List<OutgoingMail> lettersTo(String email) {
        return DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select m from OutgoingMail m where m.recipient = :email order by m.id", OutgoingMail.class).setParameter("email", email)
                .getResultList());
    }

    private static List<AuditEntry> audited(Long hromadaId, String action) {
        return DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select a from AuditEntry a where a.hromadaId = :hromada and a.action = :action order by a.id", AuditEntry.class)
                .setParameter("hromada", hromadaId).setParameter("action", action).getResultList());
    }

    private static long count(String entity) {
        return DATABASE.persistence().count(entity);
    }

    private void assign(Long projectId, StaffMember executor) {
        staff.set(hromadas.adminA);
        run(b -> b.desk().assign(projectId, executor.accountId()));
    }

    @Test
    void anAdministratorAssignsAWinnerAndItsExecutorKeepsItUpToDateAuditedInTheHistoryAndMailedToFollowers() {
        Long winner = project(cycleA, true);
        String author = "author" + made + "@example.org";
        resident.set(NEIGHBOUR);
        run(b -> b.following().follow(winner, "Ganna@Example.org"));
        assign(winner, executorA);

        staff.set(executorA);
        run(b -> b.desk().revise(winner, plan(75_000, 0, null, RESULTS.plusDays(200))));
        run(b -> b.desk().changeStatus(winner, ImplementationStatus.IN_PROGRESS, null));
        byte[] photo = TestImages.image("jpeg", 64, 48);
        run(b -> b.desk().postReport(winner, report(TODAY, "Завезено лавки й урни"), List.of(photo)));
        run(b -> b.desk().revise(winner, plan(75_000, 80_000, "Урни подорожчали", RESULTS.plusDays(200))));
        run(b -> b.desk().changeStatus(winner, ImplementationStatus.IMPLEMENTED, "Прийнято за актом"));

        Implementation done = record(winner);
        assertEquals(ImplementationStatus.IMPLEMENTED, done.status());
        assertEquals(80_000, done.spentAmount().hryvnias());
        assertEquals("Урни подорожчали", done.overspendReason());
        assertEquals(executorA.fullName(), done.executorName());
        assertEquals(List.of(ImplementationEvent.Kind.EXECUTOR_ASSIGNED, ImplementationEvent.Kind.PLAN_REVISED,
                ImplementationEvent.Kind.STATUS_CHANGED, ImplementationEvent.Kind.REPORT_POSTED, ImplementationEvent.Kind.PLAN_REVISED,
                ImplementationEvent.Kind.STATUS_CHANGED), done.history().stream().map(ImplementationEvent::kind).toList());
        assertEquals(5, done.publicHistory().size(), "who is responsible is not public");
        assertEquals(executorA.fullName(), done.history().get(1).actorName());

        Long photoId = done.reports().get(0).photos().get(0).id();
        byte[] served = call(b -> b.catalogue().photo(photoId).content());
        assertEquals((byte) 0xFF, served[0], "still a JPEG");
        assertNotEquals(photo.length, served.length, "re-encoded from its pixels");

        List<AuditEntry> assigned = audited(hromadas.hromadaA, "implementation.assigned").stream()
                .filter(entry -> entry.subjectId().equals(winner)).toList();
        assertEquals(1, assigned.size());
        assertEquals("admin.a", assigned.get(0).actorUsername());
        assertTrue(assigned.get(0).after().contains(executorA.fullName()), assigned.get(0).after());
        assertTrue(audited(hromadas.hromadaA, "implementation.reportPosted").stream()
                .anyMatch(entry -> entry.subjectId().equals(winner) && entry.actorUsername().equals("executor.a")));
        assertTrue(audited(hromadas.hromadaA, "implementation.statusChanged").stream().anyMatch(entry -> entry.subjectId().equals(winner)
                && entry.after().contains("\"implementationStatus\":\"IMPLEMENTED\"")));

        List<OutgoingMail> neighbour = lettersTo("ganna@example.org");
        assertEquals(3, neighbour.size(), "the start, the report and the end: " + neighbour.stream().map(OutgoingMail::subject).toList());
        assertTrue(neighbour.get(1).subject().contains("новий звіт"));
        assertTrue(neighbour.get(1).body().contains("Завезено лавки й урни"));
        assertTrue(neighbour.get(2).body().contains("Виконується → Реалізовано"));
        assertTrue(neighbour.get(2).body().contains("Прийнято за актом"));
        assertTrue(neighbour.get(0).body().contains("https://uchast.test/proposal/project?id=" + winner));
        assertTrue(neighbour.get(0).body().contains("https://uchast.test/implementation/unsubscribe?f="));
        assertEquals(3, lettersTo(author).size(), "the author follows automatically");
        assertTrue(lettersTo(author).get(0).body().contains("як автор"));
    }

    @Test
    void everyRefusalSaysWhySavesNothingAndIsAudited() {
        Long winner = project(cycleA, true);
        Long loser = project(cycleA, false);
        assign(winner, executorA);
        run(b -> b.desk().revise(winner, plan(75_000, 10_000, null, RESULTS.plusDays(200))));
        long refusedBefore = audited(hromadas.hromadaA, "implementation.refused").size();
        long events = count("ImplementationEvent");
        long reports = count("ProgressReport");
        long photos = count("ReportPhoto");

        staff.set(hromadas.adminA);
        assertRefused(() -> run(b -> b.desk().postReport(loser, report(TODAY, "Звіт"), List.of())), null, "implementation.notWinner");
        staff.set(executorA);
        assertRefused(() -> run(b -> b.desk().revise(winner, plan(75_000, -5, null, RESULTS.plusDays(200)))), "spentAmount",
                "implementation.spentNegative");
        assertRefused(() -> run(b -> b.desk().revise(winner, plan(75_000, 90_000, "", RESULTS.plusDays(200)))), "overspendReason",
                "implementation.overspendReasonRequired");
        assertRefused(() -> run(b -> b.desk().revise(winner, plan(75_000, 10_000, null, RESULTS.minusDays(1)))), "plannedCompletion",
                "implementation.completionBeforeResults");
        assertRefused(() -> run(b -> b.desk().postReport(winner, report(TODAY.plusDays(1), "Завтра"), List.of())), "reportedOn",
                "implementation.reportInFuture");
        assertRefused(() -> run(b -> b.desk().postReport(winner, report(RESULTS.minusDays(1), "Раніше"), List.of())), "reportedOn",
                "implementation.reportBeforeResults");
        byte[] disguised = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> run(b -> b.desk().postReport(winner, report(TODAY, "З фото"),
                List.of(TestImages.image("png", 20, 20), disguised))), "photos", "upload.typeNotAllowed.PHOTO");
        assertRefused(() -> run(b -> b.desk().changeStatus(winner, ImplementationStatus.NOT_IMPLEMENTED, " ")), "reason",
                "validation.required");
        assertRefused(() -> run(b -> b.desk().changeStatus(winner, ImplementationStatus.IMPLEMENTED, null)), null,
                "implementation.wrongStatus");

        Implementation unchanged = record(winner);
        assertEquals(10_000, unchanged.spentAmount().hryvnias());
        assertEquals(RESULTS.plusDays(200), unchanged.plannedCompletion());
        assertEquals(ImplementationStatus.PLANNED, unchanged.status());
        assertEquals(events, count("ImplementationEvent"));
        assertEquals(reports, count("ProgressReport"));
        assertEquals(photos, count("ReportPhoto"));
        assertTrue(call(b -> b.catalogue().ofProject(loser)).isEmpty(), "a project that did not win has no implementation");

        List<AuditEntry> refused = audited(hromadas.hromadaA, "implementation.refused");
        assertEquals(refusedBefore + 9, refused.size());
        AuditEntry first = refused.get((int) refusedBefore);
        assertEquals("admin.a", first.actorUsername());
        assertTrue(first.after().contains("implementation.notWinner"), first.after());
        assertTrue(refused.get(refused.size() - 1).after().contains("implementation.statusChanged"));
    }

    @Test
    void anExecutorReachesOnlyTheWinnersAssignedToThemInTheirOwnHromada() {
        Long mine = project(cycleA, true);
        Long colleagues = project(cycleA, true);
        Long otherHromadas = project(cycleB, true);
        assign(mine, executorA);
        assign(colleagues, otherExecutorA);
        long refusedA = audited(hromadas.hromadaA, "implementation.refused").size();
        long refusedB = audited(hromadas.hromadaB, "implementation.refused").size();

        staff.set(executorA);
        assertThrows(AccessDeniedException.class, () -> run(b -> b.desk().postReport(colleagues, report(TODAY, "Не мій"), List.of())));
        assertThrows(AccessDeniedException.class, () -> run(b -> b.desk().revise(otherHromadas, plan(75_000, 0, null, TODAY))));
        assertThrows(AccessDeniedException.class, () -> call(b -> b.desk().winner(colleagues)));
        assertThrows(AccessDeniedException.class, () -> run(b -> b.desk().assign(mine, executorA.accountId())),
                "only administrators assign");
        assertThrows(AccessDeniedException.class, () -> call(b -> b.desk().executors()));
        List<Long> listed = call(b -> b.desk().myWinners(new ProgressFilter())).stream().map(WinnerProgress::projectId).toList();
        assertTrue(listed.contains(mine));
        assertFalse(listed.contains(colleagues));
        assertFalse(listed.contains(otherHromadas));

        staff.set(executorB);
        assertThrows(AccessDeniedException.class, () -> run(b -> b.desk().changeStatus(mine, ImplementationStatus.IN_PROGRESS, null)));
        staff.set(hromadas.adminB);
        assertThrows(AccessDeniedException.class, () -> run(b -> b.desk().assign(mine, executorB.accountId())));
        staff.set(hromadas.adminA);
        assertRefused(() -> run(b -> b.desk().assign(mine, executorB.accountId())), "executor", "implementation.notAnExecutor");
        assertRefused(() -> run(b -> b.desk().assign(mine, hromadas.commissionA.accountId())), "executor",
                "implementation.notAnExecutor");

        assertEquals(executorA.fullName(), record(mine).executorName(), "nothing changed hands");
        assertTrue(record(colleagues).reports().isEmpty());
        assertTrue(call(b -> b.catalogue().ofProject(otherHromadas)).orElseThrow().implementation().history().isEmpty());
        assertEquals(refusedA + 4, audited(hromadas.hromadaA, "implementation.refused").size(),
                "the executor's two attempts and the administrator's two choices, in hromada A's log");
        assertEquals(refusedB + 2, audited(hromadas.hromadaB, "implementation.refused").size(),
                "hromada B's executor and administrator, in their own log");
    }

    @Test
    void aSuspendedHromadaAcceptsNothingButLettersCanStillBeUnsubscribed() {
        Long winner = project(cycleA, true);
        resident.set(NEIGHBOUR);
        Follower follower = call(b -> b.following().follow(winner, "suspended@example.org"));
        DATABASE.persistence().run(entityManager -> entityManager.find(Hromada.class, hromadas.hromadaA).suspend(TODAY.atTime(8, 0)));
        try {
            staff.set(hromadas.adminA);
            assertRefused(() -> run(b -> b.desk().revise(winner, plan(75_000, 0, null, TODAY))), null, "community.hromadaSuspended");
            assertRefused(() -> run(b -> b.desk().assign(winner, executorA.accountId())), null, "community.hromadaSuspended");
            assertRefused(() -> run(b -> b.desk().postReport(winner, report(TODAY, "Звіт"), List.of())), null,
                    "community.hromadaSuspended");
            staff.set(null);
            resident.set(AUTHOR);
            assertRefused(() -> run(b -> b.following().follow(winner, "author@example.org")), null, "community.hromadaSuspended");
            assertFalse(call(b -> b.following().unsubscribe(follower.id(), TOKENS.tokenFor(follower.id()))).isActive());
            assertTrue(record(winner).history().isEmpty());
        } finally {
            DATABASE.persistence().run(entityManager -> entityManager.find(Hromada.class, hromadas.hromadaA).resume());
        }
    }

    @Test
    void residentsFollowWithAnAddressAndUnsubscribeWithTheLettersLinkWithoutSigningIn() {
        Long winner = project(cycleA, true);
        String author = "author" + made + "@example.org";
        assertThrows(AccessDeniedException.class, () -> run(b -> b.following().follow(winner, "nobody@example.org")),
                "following needs a signed-in resident");
        resident.set(NEIGHBOUR);
        assertRefused(() -> run(b -> b.following().follow(winner, "not an address")), "email", "validation.email");
        assertRefused(() -> run(b -> b.following().follow(project(cycleA, false), "ganna@example.org")), null, "implementation.notWinner");
        run(b -> b.following().follow(winner, "first@example.org"));
        Follower follower = call(b -> b.following().follow(winner, "second@example.org"));
        assertEquals("second@example.org", call(b -> b.following().state(winner)).email());

        staff.set(hromadas.adminA);
        run(b -> b.desk().revise(winner, plan(75_000, 0, null, TODAY.plusDays(30))));
        run(b -> b.desk().changeStatus(winner, ImplementationStatus.IN_PROGRESS, null));
        assertEquals(0, lettersTo("first@example.org").size(), "the earlier address stopped");
        assertEquals(1, lettersTo("second@example.org").size());

        assertThrows(NotFoundException.class, () -> run(b -> b.following().unsubscribe(follower.id(), TOKENS.tokenFor(follower.id() + 1))));
        resident.set(null);
        run(b -> b.following().unsubscribe(follower.id(), TOKENS.tokenFor(follower.id())));
        run(b -> b.desk().postReport(winner, report(TODAY, "Роботи тривають"), List.of()));
        assertEquals(1, lettersTo("second@example.org").size(), "no letter after unsubscribing");
        run(b -> b.following().resubscribe(follower.id(), TOKENS.tokenFor(follower.id())));
        run(b -> b.desk().postReport(winner, report(TODAY, "Роботи тривають далі"), List.of()));
        assertEquals(2, lettersTo("second@example.org").size(), "a click by mistake is taken back");

        resident.set(AUTHOR);
        assertTrue(call(b -> b.following().state(winner)).asAuthor(), "the author follows automatically");
        run(b -> b.following().unfollow(winner));
        assertFalse(call(b -> b.following().state(winner)).isFollowing());
        int authorLetters = lettersTo(author).size();
        assertEquals(3, authorLetters, "the author had followed from the first news");
        staff.set(hromadas.adminA);
        run(b -> b.desk().postReport(winner, report(TODAY, "Ще звіт"), List.of()));
        assertEquals(authorLetters, lettersTo(author).size(), "an author who left is not added again");
    }

    @Test
    void thePublicListFiltersByCycleStatusAndTerritoryAndMarksWhatIsOverdue() {
        Long late = project(cycleA, true);
        Long onTime = project(cycleA, true);
        staff.set(hromadas.adminA);
        run(b -> b.desk().revise(late, plan(75_000, 0, null, TODAY.minusDays(1))));
        run(b -> b.desk().changeStatus(late, ImplementationStatus.IN_PROGRESS, null));
        run(b -> b.desk().revise(onTime, plan(75_000, 0, null, TODAY)));
        staff.set(null);

        ProgressFilter inProgress = new ProgressFilter();
        inProgress.setStatus(ImplementationStatus.IN_PROGRESS);
        List<WinnerProgress> started = call(b -> b.catalogue().ofHromada(hromadas.hromadaA, inProgress));
        assertTrue(started.stream().anyMatch(winner -> winner.projectId().equals(late) && winner.overdue()));
        assertFalse(started.stream().anyMatch(winner -> winner.projectId().equals(onTime)));
        WinnerProgress planned = call(b -> b.catalogue().ofProject(onTime)).orElseThrow();
        assertFalse(planned.overdue(), "due today is not late");
        assertEquals(ImplementationStatus.PLANNED, planned.implementation().status());

        ProgressFilter elsewhere = new ProgressFilter();
        elsewhere.setCycleId(cycleB);
        assertTrue(call(b -> b.catalogue().ofHromada(hromadas.hromadaA, elsewhere)).isEmpty(), "another hromada's cycle");
        ProgressFilter territory = new ProgressFilter();
        territory.setTerritoryId(-1L);
        assertTrue(call(b -> b.catalogue().ofHromada(hromadas.hromadaA, territory)).isEmpty());
    }

    @Test
    void aStaffMemberUploadsAtMostThirtyPhotosAnHour() {
        Long winner = project(cycleA, true);
        assign(winner, otherExecutorA);
        staff.set(otherExecutorA);
        byte[] small = TestImages.image("png", 8, 8);
        for (int i = 0; i < 6; i++) {
            run(b -> b.desk().postReport(winner, report(TODAY, "Фото"), List.of(small, small, small, small, small)));
        }
        assertRefused(() -> run(b -> b.desk().postReport(winner, report(TODAY, "Ще одне"), List.of(small))), "photos",
                "upload.rateLimited");
        assertEquals(6, record(winner).reports().size());
    }
}
