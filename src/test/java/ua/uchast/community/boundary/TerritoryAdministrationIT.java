package ua.uchast.community.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.community.entity.Territory;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.platform.entity.AccessDeniedException;
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
                TerritoryKind.STAROSTA_DISTRICT));
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
                TerritoryKind.SETTLEMENT)), "name", "validation.duplicateName");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, territories -> territories.add("  ", TerritoryKind.SETTLEMENT)),
                "name", "validation.required");
        assertEquals(before, DATABASE.persistence().count("Territory"));
    }

    @Test
    void onlyAdministratorsKeepTheList() {
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, territories -> territories.add("с. Нове",
                TerritoryKind.SETTLEMENT)));
        assertThrows(AccessDeniedException.class, () -> as(null, TerritoryAdministration::territoriesOfMyHromada));
    }
}
