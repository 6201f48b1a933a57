package ua.uchast.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.identity.control.ProviderIdentity;
import ua.uchast.identity.control.ResidencyRepository;
import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.ResidentRepository;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.testsupport.DeliveringEvent;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TestPersistence;
import ua.uchast.testsupport.Wiring;

/** Residents and voter lists against the real database, through the boundaries wired by hand. */
class ResidentStorageIT {

    private static final String SECRET = "resident-storage-it-secret-of-at-least-32-bytes";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
    private static final ResidentKeys KEYS = new ResidentKeys(SECRET);

    private static TestPersistence database;
    private static StaffMember administrator;

    @BeforeAll
    static void migrate() {
        database = TestPersistence.freshDatabase("identity_storage_it");
        administrator = database.call(entityManager -> {
            LocalDateTime now = LocalDateTime.now(CLOCK);
            Hromada hromada = new Hromada("storage", "Тестова громада", "Test hromada", now);
            entityManager.persist(hromada);
            StaffAccount account = new StaffAccount(hromada, "storage.admin", "Адміністратор", null, StaffRole.ADMINISTRATOR,
                    Wiring.passwordHasher().hash("irrelevant-password"), now);
            entityManager.persist(account);
            entityManager.flush();
            return new StaffMember(account.id(), hromada.id(), account.username(), account.fullName(), account.role());
        });
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theSamePersonSigningInTwiceIsOneResidentWithTheLatestDetails() {
        Rnokpp taxNumber = Rnokpp.of("3135245679");
        Resident first = database.call(entityManager -> registry(entityManager)
                .signIn(new ProviderIdentity(taxNumber, taxNumber.birthDate(), "м. Вишневе", null, "Іван")));
        Resident second = database.call(entityManager -> registry(entityManager)
                .signIn(new ProviderIdentity(taxNumber, taxNumber.birthDate(), "с. Тарасівка", null, "Іван Петренко")));

        assertEquals(first.id(), second.id());
        assertEquals(first.residentKey(), second.residentKey());
        assertEquals(KEYS.keyOf(taxNumber).hex(), second.residentKey());
        assertEquals("Іван Петренко", second.displayName());
        assertEquals(1L, database.<Long>call(entityManager -> entityManager.createQuery(
                "select count(r) from ResidentRecord r where r.residentKey = :key", Long.class)
                .setParameter("key", second.residentKey()).getSingleResult()));
        assertEquals(Optional.of("с. Тарасівка"), database.call(entityManager -> new ResidentRepository(entityManager)
                .byId(second.id()).map(record -> record.address())));
    }

    @Test
    void theTaxNumberItselfIsNowhereInTheResidentTable() {
        Rnokpp taxNumber = Rnokpp.of("3300900138");
        database.call(entityManager -> registry(entityManager)
                .signIn(new ProviderIdentity(taxNumber, LocalDate.of(1990, 5, 17), null, null, "")));
        List<?> rows = database.call(entityManager -> entityManager.createNativeQuery(
                "select concat_ws('|', resident_key, display_name, birth_date, coalesce(address, '')) from resident").getResultList());
        assertFalse(rows.stream().anyMatch(row -> row.toString().contains(taxNumber.value())), rows.toString());
    }

    @Test
    void aVoterListWithBadLinesSavesNothingAndNamesTheLines() {
        database.run(entityManager -> administration(entityManager).uploadVoterList("3300912347\n3135245679\n"));
        List<FieldViolation> violations = Refusals.violationsOf(() -> database.run(entityManager ->
                administration(entityManager).uploadVoterList("3300900138\n3300912340\n\nnot a number\n")));

        assertEquals(1, violations.size());
        assertEquals("list", violations.get(0).field());
        assertEquals("identity.voterList.invalidLines", violations.get(0).messageKey());
        assertEquals(List.of(2, "2, 4"), violations.get(0).arguments());
        assertEquals(2L, database.<Long>call(entityManager -> new ResidencyRepository(entityManager).voterListSize(administrator.hromadaId())));
    }

    @Test
    void aGoodVoterListReplacesTheOldOneAndIsAudited() {
        int size = database.call(entityManager -> administration(entityManager).uploadVoterList("3300900138\r\n3300900138\r\n"));
        assertEquals(1, size);
        assertTrue(database.<Boolean>call(entityManager -> new ResidencyRepository(entityManager)
                .isOnVoterList(administrator.hromadaId(), KEYS.keyOf(Rnokpp.of("3300900138")))));
        assertFalse(database.<Boolean>call(entityManager -> new ResidencyRepository(entityManager)
                .isOnVoterList(administrator.hromadaId(), KEYS.keyOf(Rnokpp.of("3300912347")))));
        List<?> audit = database.call(entityManager -> entityManager.createNativeQuery(
                "select concat(action, coalesce(after_state, '')) from audit_entry where action = 'voterList.uploaded'").getResultList());
        assertFalse(audit.isEmpty());
        assertFalse(audit.stream().anyMatch(entry -> entry.toString().contains("3300900138")), audit.toString());
    }

    private static ResidentRegistry registry(EntityManager entityManager) {
        return new ResidentRegistry(new ResidentRepository(entityManager), KEYS, CLOCK);
    }

    private static ResidencyAdministration administration(EntityManager entityManager) {
        Wiring wiring = new Wiring(entityManager, () -> Optional.of(administrator), CLOCK);
        return new ResidencyAdministration(wiring.guard(), new ResidencyRepository(entityManager), KEYS,
                new DeliveringEvent<>(wiring.auditTrail()::record), CLOCK);
    }
}
