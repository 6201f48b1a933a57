package ua.uchast.community.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/** Staff accounts against a real MariaDB: an administrator manages their own hromada's staff only. */
class StaffDirectoryIT {

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_staff");

    private <T> T as(StaffMember staff, Function<Wiring, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff),
                Clock.systemUTC())));
    }

    private static NewStaffAccount form(String username, String password) {
        NewStaffAccount form = new NewStaffAccount();
        form.setUsername(username);
        form.setFullName("Марія Оператор");
        form.setEmail("maria@example.org");
        form.setRole(StaffRole.OPERATOR);
        form.setPassword(password);
        return form;
    }

    @Test
    void anAdministratorOpensAnAccountInTheirOwnHromadaAndItIsAudited() {
        StaffAccount account = as(DATABASE.hromadas().adminA, wiring -> wiring.staffDirectory().open(form("Maria.Operator",
                "довгий-пароль-123")));
        assertEquals("maria.operator", account.username());
        assertTrue(account.belongsTo(DATABASE.hromadas().hromadaA));
        assertTrue(Wiring.passwordHasher().matches("довгий-пароль-123", account.passwordHash()));
        List<AuditEntry> log = as(DATABASE.hromadas().adminA, wiring -> wiring.auditTrail().latestOfMyHromada());
        assertEquals("staff.opened", log.get(0).action());
        assertFalse(log.get(0).after().contains("довгий-пароль"), "no password in the audit log");
    }

    @Test
    void badAccountsAreRefusedAndNothingIsSaved() {
        long before = DATABASE.persistence().count("StaffAccount");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, wiring -> wiring.staffDirectory().open(form("short.pw", "12345"))),
                "password", "validation.password");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, wiring -> wiring.staffDirectory().open(form("admin.b",
                "довгий-пароль-123"))), "username", "staff.usernameTaken");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, wiring -> wiring.staffDirectory().open(form("Я не латиниця",
                "довгий-пароль-123"))), "username", "validation.username");
        assertEquals(before, DATABASE.persistence().count("StaffAccount"));
    }

    @Test
    void anotherHromadasStaffCannotBeSeenOrDeactivated() {
        assertTrue(as(DATABASE.hromadas().adminB, wiring -> wiring.staffDirectory().accountsOfMyHromada()).stream()
                .allMatch(account -> account.belongsTo(DATABASE.hromadas().hromadaB)));
        assertThrows(AccessDeniedException.class,
                () -> as(DATABASE.hromadas().adminB, wiring -> { wiring.staffDirectory().deactivate(DATABASE.hromadas().commissionA.accountId());
                    return null; }));
        boolean stillActive = DATABASE.persistence().call(entityManager -> entityManager.find(StaffAccount.class,
                DATABASE.hromadas().commissionA.accountId()).isActive());
        assertTrue(stillActive);
    }

    @Test
    void onlyAdministratorsManageStaffAndNobodyDeactivatesThemselves() {
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, wiring -> wiring.staffDirectory()
                .accountsOfMyHromada()));
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, wiring -> { wiring.staffDirectory().deactivate(
                DATABASE.hromadas().adminA.accountId()); return null; }), null, "staff.cannotDeactivateSelf");
    }

    @Test
    void eachHromadasAuditLogShowsOnlyItsOwnEntriesAndOnlyToAdministrators() {
        as(DATABASE.hromadas().adminA, wiring -> wiring.staffDirectory().open(form("a.only.entry", "довгий-пароль-123")));
        assertTrue(as(DATABASE.hromadas().adminB, wiring -> wiring.auditTrail().latestOfMyHromada()).stream()
                .allMatch(entry -> entry.hromadaId().equals(DATABASE.hromadas().hromadaB)));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, wiring -> wiring.auditTrail()
                .latestOfMyHromada()));
        assertThrows(AccessDeniedException.class, () -> as(null, (Function<Wiring, List<AuditEntry>>) wiring -> new AuditTrail(
                null, wiring.guard()).latestOfMyHromada()));
    }
}
