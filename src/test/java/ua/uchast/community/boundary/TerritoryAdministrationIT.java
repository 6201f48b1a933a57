package ua.uchast.community.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

class TerritoryAdministrationIT {

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_territory");

    private <T> T as(StaffMember staff, Function<TerritoryAdministration, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff),
                Clock.systemUTC()).territoryAdministration()));
    }

    @Test
    void anAdministratorAddsADistrictToTheirOwnHromadaAndTheAuditLogSaysSo() {
        Territory added = as(DATABASE.hromadas().adminB, territories -> territories.add(" Бірківський округ ",
                TerritoryKind.STAROSTA_DISTRICT, null));
        assertEquals("Бірківський округ", added.name());
        assertTrue(as(DATABASE.hromadas().adminB, TerritoryAdministration::territoriesOfMyHromada).stream()
                .anyMatch(territory -> territory.id().equals(added.id())));
        assertTrue(as(DATABASE.hromadas().adminA, TerritoryAdministration::territoriesOfMyHromada).stream()
                .noneMatch(territory -> territory.id().equals(added.id())), "not in the other hromada");
        String action = DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select a.action from AuditEntry a where a.subjectId = :id and a.subjectType = 'Territory'", String.class)
                .setParameter("id", added.id()).getSingleResult());
        assertEquals("territory.added", action);
    }

    @Test
    void duplicatesAndEmptyNamesAreRefusedAndNothingIsSaved() {
        long before = DATABASE.persistence().count("Territory");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, territories -> territories.add("М. ПЕРШЕ",
                TerritoryKind.SETTLEMENT, null)), "name", "validation.duplicateName");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, territories -> territories.add("  ", TerritoryKind.SETTLEMENT, "")),
                "name", "validation.required");
        assertEquals(before, DATABASE.persistence().count("Territory"));
    }

    @Test
    void aSettlementGetsItsKatottgCodeWhenAddedOrLaterAndEveryChangeIsAudited() {
        Territory added = as(DATABASE.hromadas().adminB, territories -> territories.add("с. Кодове",
                TerritoryKind.SETTLEMENT, " ua3208 0090 0200 82865 "));
        assertEquals("UA32080090020082865", added.katottg().orElseThrow().code());
        Territory recoded = as(DATABASE.hromadas().adminB, territories -> territories.recode(added.id(), "UA32080090010000001"));
        assertEquals("UA32080090010000001", recoded.katottg().orElseThrow().code());
        assertTrue(as(DATABASE.hromadas().adminB, territories -> territories.recode(added.id(), " ")).katottg().isEmpty());
        assertEquals(List.of("territory.added", "territory.recoded", "territory.recoded"), DATABASE.persistence().call(
                entityManager -> entityManager.createQuery("select a.action from AuditEntry a where a.subjectId = :id "
                        + "and a.subjectType = 'Territory' order by a.id", String.class).setParameter("id", added.id())
                        .getResultList()));
    }

    @Test
    void aCodeThatIsNoneOrTakenIsRefusedAndAnotherHromadasSettlementIsNotFound() {
        Territory first = as(DATABASE.hromadas().adminA, territories -> territories.add("с. Перше Кодове",
                TerritoryKind.SETTLEMENT, "UA32080090030000003"));
        long before = DATABASE.persistence().count("Territory");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, territories -> territories.add("с. Друге",
                TerritoryKind.SETTLEMENT, "UA3208")), "katottg", "territory.katottg.invalid");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, territories -> territories.add("с. Друге",
                TerritoryKind.SETTLEMENT, "UA32080090030000003")), "katottg", "territory.katottg.taken");
        assertEquals(before, DATABASE.persistence().count("Territory"));
        assertThrows(NotFoundException.class, () -> as(DATABASE.hromadas().adminB, territories -> territories.recode(first.id(),
                "UA32080090040000004")));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, territories -> territories.recode(
                first.id(), "UA32080090040000004")));
        assertEquals("UA32080090030000003", DATABASE.persistence().call(entityManager -> entityManager.find(Territory.class,
                first.id()).katottg().orElseThrow().code()));
    }

    @Test
    void onlyAdministratorsKeepTheList() {
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, territories -> territories.add("с. Нове",
                TerritoryKind.SETTLEMENT, null)));
        assertThrows(AccessDeniedException.class, () -> as(null, TerritoryAdministration::territoriesOfMyHromada));
    }
}
