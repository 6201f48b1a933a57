package ua.uchast.cycle.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.TwoHromadas.as;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.cycle.control.JpaCycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlan;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/** The cycle boundary against a real MariaDB: who may do what, the freeze, the audit log, nothing half-saved. */
class CycleAdministrationIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_cycle");

    private <T> T as(StaffMember staff, Function<CycleAdministration, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff), CLOCK)
                .cycleAdministration()));
    }

    @Test
    void anAdministratorPlansACycleWithTwoCategoriesAndTheAuditLogSaysSo() {
        BudgetCycle cycle = as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2030, TODAY.plusDays(10))));

        BudgetCycle stored = DATABASE.persistence().call(entityManager -> entityManager.find(BudgetCycle.class, cycle.id()));
        assertEquals(DATABASE.hromadas().hromadaA, stored.hromadaId());
        assertEquals(2, stored.categories().size());
        AuditEntry entry = latestAuditEntry(DATABASE.hromadas().hromadaA);
        assertEquals("cycle.planned", entry.action());
        assertEquals("admin.a", entry.actorUsername());
        assertEquals(cycle.id(), entry.subjectId());
        assertTrue(entry.after().contains("\"totalBudget\":3000000"), entry.after());
    }

    @Test
    void aRefusedPlanLeavesNothingBehind() {
        long cycles = DATABASE.persistence().count("BudgetCycle");
        long categories = DATABASE.persistence().count("BudgetCategory");
        long audit = DATABASE.persistence().count("AuditEntry");
        CyclePlan overspent = CyclePlans.valid(2031, TODAY.plusDays(10));
        overspent.setTotalBudget(100L);
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, admin -> admin.plan(overspent)), "totalBudget",
                "cycle.categoriesOverTotal");
        assertEquals(cycles, DATABASE.persistence().count("BudgetCycle"));
        assertEquals(categories, DATABASE.persistence().count("BudgetCategory"));
        assertEquals(audit, DATABASE.persistence().count("AuditEntry"));
    }

    @Test
    void aSecondCycleForTheSameYearIsRefused() {
        as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2032, TODAY.plusDays(10))));
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2032, TODAY.plusDays(20)))),
                "year", "cycle.yearTaken");
        as(DATABASE.hromadas().adminB, admin -> admin.plan(CyclePlans.valid(2032, TODAY.plusDays(10))));
    }

    @Test
    void anotherHromadasAdministratorCanNeitherOpenNorReviseTheCycle() {
        BudgetCycle cycle = as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2033, TODAY.plusDays(10))));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, admin -> admin.cycleToEdit(cycle.id())));
        CyclePlan hijack = cycle.toPlan();
        hijack.setTitle("Чужий бюджет");
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, admin -> admin.revise(cycle.id(), hijack)));
        assertEquals(CyclePlans.valid(2033, TODAY).getTitle(),
                DATABASE.persistence().call(entityManager -> entityManager.find(BudgetCycle.class, cycle.id()).title()));
        assertTrue(as(DATABASE.hromadas().adminB, CycleAdministration::cyclesOfMyHromada).stream()
                .noneMatch(other -> other.id().equals(cycle.id())));
    }

    @Test
    void aCommissionMemberCannotPlanOrEditCycles() {
        assertThrows(AccessDeniedException.class,
                () -> as(DATABASE.hromadas().commissionA, admin -> admin.plan(CyclePlans.valid(2034, TODAY.plusDays(10)))));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, CycleAdministration::cyclesOfMyHromada));
        assertThrows(AccessDeniedException.class, () -> as(null, CycleAdministration::cyclesOfMyHromada));
    }

    @Test
    void anUnknownCycleIsNotFound() {
        assertThrows(NotFoundException.class, () -> as(DATABASE.hromadas().adminA, admin -> admin.cycleToEdit(987_654L)));
    }

    @Test
    void onceVotingIsOpenTheBoundaryRefusesChangesToHowVotesCountButKeepsTheRest() {
        BudgetCycle open = as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2035, TODAY.minusDays(60))));
        CyclePlan richer = open.toPlan();
        richer.setTotalBudget(9_000_000L);
        InvalidInputException refusal = assertThrows(InvalidInputException.class,
                () -> as(DATABASE.hromadas().adminA, admin -> admin.revise(open.id(), richer)));
        assertEquals(List.of("totalBudget"), refusal.violations().stream().map(v -> v.field()).toList());
        long storedBudget = DATABASE.persistence().call(entityManager ->
                entityManager.find(BudgetCycle.class, open.id()).totalBudget().hryvnias());
        assertEquals(3_000_000L, storedBudget);

        CyclePlan renamed = open.toPlan();
        renamed.setTitle("Бюджет участі 2035 — уточнено");
        as(DATABASE.hromadas().adminA, admin -> admin.revise(open.id(), renamed));
        AuditEntry entry = latestAuditEntry(DATABASE.hromadas().hromadaA);
        assertEquals("cycle.revised", entry.action());
        assertTrue(entry.before().contains("\"title\":\"Бюджет участі 2035\""), entry.before());
        assertTrue(entry.after().contains("уточнено"), entry.after());
    }

    @Test
    void aNewCycleIsADraftOnlyItsStaffSeeUntilItIsPublishedAndPublishingIsAudited() {
        BudgetCycle draft = as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2036, TODAY.minusDays(5))));
        assertFalse(draft.isPublished());
        assertTrue(publicly(catalog -> catalog.byId(draft.id())).isEmpty(), "a draft is not public");
        assertTrue(publicly(catalog -> catalog.ofHromada(DATABASE.hromadas().hromadaA)).stream()
                .noneMatch(cycle -> cycle.id().equals(draft.id())));
        assertTrue(publicly(catalog -> catalog.currentOf(DATABASE.hromadas().hromadaA)).stream()
                .noneMatch(cycle -> cycle.id().equals(draft.id())), "not even while it would be taking proposals");
        assertTrue(as(DATABASE.hromadas().adminA, CycleAdministration::cyclesOfMyHromada).stream()
                .anyMatch(cycle -> cycle.id().equals(draft.id())), "its administrators see it");

        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, admin -> admin.publish(draft.id())));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, admin -> admin.publish(draft.id())));
        as(DATABASE.hromadas().adminA, admin -> admin.publish(draft.id()));
        assertTrue(publicly(catalog -> catalog.byId(draft.id())).isPresent());
        AuditEntry entry = latestAuditEntry(DATABASE.hromadas().hromadaA);
        assertEquals("cycle.published", entry.action());
        assertTrue(entry.before().contains("\"published\":false") && entry.after().contains("\"published\":true"),
                entry.after());
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, admin -> admin.publish(draft.id())), null,
                "cycle.alreadyPublished");
    }

    @Test
    void aDraftCanBeDeletedWithItsCategoriesButAPublishedCycleCannot() {
        BudgetCycle draft = as(DATABASE.hromadas().adminA, admin -> admin.plan(CyclePlans.valid(2037, TODAY.plusDays(5))));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, admin -> {
            admin.deleteDraft(draft.id());
            return null;
        }));
        as(DATABASE.hromadas().adminA, admin -> {
            admin.deleteDraft(draft.id());
            return null;
        });
        assertNull(DATABASE.persistence().call(entityManager -> entityManager.find(BudgetCycle.class, draft.id())));
        assertEquals(0L, (long) DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select count(c) from BudgetCategory c where c.cycle.id = :id", Long.class).setParameter("id", draft.id())
                .getSingleResult()));
        AuditEntry entry = latestAuditEntry(DATABASE.hromadas().hromadaA);
        assertEquals("cycle.deleted", entry.action());
        assertEquals(draft.id(), entry.subjectId());
        assertTrue(entry.before().contains("2037") && entry.after() == null, entry.before());

        BudgetCycle published = as(DATABASE.hromadas().adminA, admin -> admin.publish(
                admin.plan(CyclePlans.valid(2038, TODAY.plusDays(5))).id()));
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, admin -> {
            admin.deleteDraft(published.id());
            return null;
        }), null, "cycle.publishedIsKept");
        assertTrue(publicly(catalog -> catalog.byId(published.id())).isPresent());
    }

    private static <T> T publicly(Function<CycleCatalog, T> query) {
        return DATABASE.persistence().call(entityManager -> query.apply(new CycleCatalog(new JpaCycleRepository(entityManager),
                CLOCK)));
    }

    private static AuditEntry latestAuditEntry(Long hromadaId) {
        return DATABASE.persistence().call(entityManager -> entityManager.createNamedQuery(AuditEntry.OF_HROMADA, AuditEntry.class)
                .setParameter("hromadaId", hromadaId).setMaxResults(1).getSingleResult());
    }
}
