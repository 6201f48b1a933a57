package ua.uchast.community.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.HromadaLogo;
import ua.uchast.community.entity.HromadaProfile;
import ua.uchast.community.entity.RequiredStep;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.proposal.TestImages;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/**
 * The platform operator's work and a hromada's profile against a real MariaDB: opening a hromada with its administrator,
 * every refusal with nothing saved, suspension that other components ask about, and the profile with its logo.
 */
class HromadaOnboardingIT {

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_onboarding");

    private static StaffMember operator;

    @BeforeAll
    static void operator() {
        operator = DATABASE.persistence().call(entityManager -> {
            StaffAccount account = StaffAccount.platformOperator("test.operator", "Тарас Оператор",
                    Wiring.passwordHasher().hash("a-long-test-password"), LocalDateTime.of(2027, 1, 1, 0, 0));
            entityManager.persist(account);
            entityManager.flush();
            return new StaffMember(account.id(), null, account.username(), account.fullName(), account.role());
        });
    }

    private <T> T as(StaffMember staff, Function<Wiring, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff),
                Clock.systemUTC())));
    }

    private static NewHromada form(String slug, String administrator) {
        NewHromada form = new NewHromada();
        form.setSlug(slug);
        form.setNameUk("Громада " + slug);
        form.setNameEn("Hromada " + slug);
        form.setSettlements("с. Перше\n\n  с. Друге  \n");
        form.setAdministratorUsername(administrator);
        form.setAdministratorFullName("Адміністратор " + slug);
        form.setAdministratorEmail(administrator + "@example.org");
        return form;
    }

    @Test
    void theOperatorOpensAHromadaWithItsAdministratorWhoMustChangeTheOneTimePassword() {
        HromadaOnboarding.Opened opened = as(operator, wiring -> wiring.hromadaOnboarding().open(form("sadova", "sadova.admin")));
        Hromada hromada = as(operator, wiring -> wiring.hromadaCatalog().bySlug("sadova")).orElseThrow();
        assertEquals(List.of("с. Друге", "с. Перше"), hromada.territories().stream().map(t -> t.name()).toList());
        assertTrue(hromada.administratorsNeedSecondFactor(), "new hromadas ask administrators for a second factor by default");
        StaffAccount administrator = DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select s from StaffAccount s where s.username = 'sadova.admin'", StaffAccount.class).getSingleResult());
        assertTrue(administrator.belongsTo(hromada.id()));
        assertTrue(Wiring.passwordHasher().matches(opened.oneTimePassword(), administrator.passwordHash()));
        assertEquals(RequiredStep.CHANGE_PASSWORD, administrator.requiredStep());

        List<AuditEntry> log = DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select a from AuditEntry a where a.hromadaId = :id", AuditEntry.class).setParameter("id", hromada.id())
                .getResultList());
        assertEquals(List.of("hromada.opened"), log.stream().map(AuditEntry::action).toList());
        assertFalse(log.get(0).after().contains(opened.oneTimePassword()));
    }

    @Test
    void aTakenReservedOrNonUrlSafeAddressAndBadFieldsAreRefusedTogetherWithNothingSaved() {
        long hromadasBefore = DATABASE.persistence().count("Hromada");
        long staffBefore = DATABASE.persistence().count("StaffAccount");
        Refusals.assertRefused(() -> as(operator, wiring -> wiring.hromadaOnboarding().open(form("hromada-a", "new.admin"))),
                "slug", "hromada.slugTaken");
        Refusals.assertRefused(() -> as(operator, wiring -> wiring.hromadaOnboarding().open(form("login", "new.admin"))),
                "slug", "hromada.slugReserved");
        Refusals.assertRefused(() -> as(operator, wiring -> wiring.hromadaOnboarding().open(form("api", "new.admin"))),
                "slug", "hromada.slugReserved");
        NewHromada everythingWrong = form("Вишнева громада!", "admin.a");
        everythingWrong.setSettlements(" ");
        everythingWrong.setAdministratorEmail("not-an-address");
        List<FieldViolation> violations = Refusals.violationsOf(() -> as(operator, wiring -> wiring.hromadaOnboarding()
                .open(everythingWrong)));
        assertEquals(List.of("slug", "settlements", "administratorEmail", "administratorUsername"),
                violations.stream().map(FieldViolation::field).toList(), violations.toString());
        assertEquals(hromadasBefore, DATABASE.persistence().count("Hromada"));
        assertEquals(staffBefore, DATABASE.persistence().count("StaffAccount"));
    }

    @Test
    void onlyThePlatformOperatorOpensSuspendsOrListsHromadas() {
        for (StaffMember notOperator : new StaffMember[] {DATABASE.hromadas().adminA, DATABASE.hromadas().commissionA, null}) {
            assertThrows(AccessDeniedException.class, () -> as(notOperator, wiring -> wiring.hromadaOnboarding()
                    .open(form("never", "never.admin"))));
            assertThrows(AccessDeniedException.class, () -> as(notOperator, wiring -> {
                wiring.hromadaOnboarding().suspend(DATABASE.hromadas().hromadaB); return null; }));
            assertThrows(AccessDeniedException.class, () -> as(notOperator, wiring -> wiring.hromadaOnboarding().hromadas()));
        }
        assertThrows(AccessDeniedException.class, () -> as(operator, wiring -> wiring.staffDirectory().accountsOfMyHromada()),
                "the operator sees no hromada's staff");
        assertThrows(AccessDeniedException.class, () -> as(operator, wiring -> wiring.auditTrail().latestOfMyHromada()));
        assertThrows(AccessDeniedException.class, () -> as(operator, wiring -> wiring.hromadaProfile().myHromada()));
    }

    @Test
    void aSuspendedHromadaRefusesWithItsMessageUntilResumedAndLosesNothing() {
        Long hromadaB = DATABASE.hromadas().hromadaB;
        as(operator, wiring -> { wiring.hromadaOnboarding().suspend(hromadaB); return null; });
        assertTrue((boolean) as(null, wiring -> wiring.hromadaCatalog().isSuspended(hromadaB)));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> as(null, wiring -> {
            wiring.hromadaCatalog().requireActive(hromadaB); return null; }));
        assertEquals(List.of(FieldViolation.general("community.hromadaSuspended")), refused.violations());
        assertTrue(as(DATABASE.hromadas().adminB, wiring -> wiring.staffDirectory().accountsOfMyHromada()).size() > 0,
                "its staff and data are still there");

        as(operator, wiring -> { wiring.hromadaOnboarding().resume(hromadaB); return null; });
        assertFalse((boolean) as(null, wiring -> wiring.hromadaCatalog().isSuspended(hromadaB)));
        as(null, wiring -> { wiring.hromadaCatalog().requireActive(hromadaB); return null; });
        List<String> audited = as(DATABASE.hromadas().adminB, wiring -> wiring.auditTrail().latestOfMyHromada()).stream()
                .map(AuditEntry::action).toList();
        assertTrue(audited.containsAll(List.of("hromada.suspended", "hromada.resumed")), audited.toString());
    }

    @Test
    void anAdministratorKeepsTheProfileAndALogoJudgedByItsContent() {
        StaffMember adminA = DATABASE.hromadas().adminA;
        HromadaProfile profile = new HromadaProfile();
        profile.setDescription("Громада садів і ставків.");
        profile.setContactPhone("+380 44 123 45 67");
        profile.setContactEmail("rada@example.org");
        profile.setWebsite("javascript:alert(1)");
        profile.setVotingAgePopulation(-5);
        List<FieldViolation> violations = Refusals.violationsOf(() -> as(adminA, wiring -> {
            wiring.hromadaProfile().revise(profile); return null; }));
        assertEquals(List.of("website", "votingAgePopulation"), violations.stream().map(FieldViolation::field).toList());
        assertEquals(null, as(adminA, wiring -> wiring.hromadaProfile().myHromada()).description(), "nothing saved");

        profile.setWebsite("https://rada.example.org");
        profile.setVotingAgePopulation(12_400);
        profile.setRegulation("1. Загальні положення.\n\n2. Хто може голосувати.");
        as(adminA, wiring -> { wiring.hromadaProfile().revise(profile); return null; });
        Hromada revised = as(adminA, wiring -> wiring.hromadaProfile().myHromada());
        assertEquals(12_400, revised.votingAgePopulation());
        assertTrue(revised.hasRegulation());

        Refusals.assertRefused(() -> as(adminA, wiring -> { wiring.hromadaProfile().replaceLogo(
                "<html><script>alert(1)</script></html>".getBytes()); return null; }), "logo", "upload.typeNotAllowed.PHOTO");
        assertFalse((boolean) as(null, wiring -> wiring.hromadaCatalog().hasLogo(DATABASE.hromadas().hromadaA)));
        byte[] png = TestImages.image("png", 40, 20);
        byte[] withPayload = java.util.Arrays.copyOf(png, png.length + 24);
        System.arraycopy("<script>payload</script>".getBytes(), 0, withPayload, png.length, 24);
        as(adminA, wiring -> { wiring.hromadaProfile().replaceLogo(withPayload); return null; });
        HromadaLogo stored = as(null, wiring -> wiring.hromadaCatalog().logoOf("hromada-a")).orElseThrow();
        assertEquals("image/png", stored.mediaType());
        assertFalse(new String(stored.content(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("payload"),
                "re-encoded from its pixels like project photos: nothing appended survives");
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, wiring -> {
            wiring.hromadaProfile().revise(profile); return null; }));
    }
}
