package ua.uchast.tally.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.tally.AcceptedProjects;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestPersistence;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/**
 * An administrator of a hromada of its own (beside the demo) marks two accepted projects of a cycle in its proposals
 * phase as mutually exclusive on the groups page, is told what is wrong when only one is ticked, and removes the group
 * again. Screenshot {@code tally-groups.png}.
 */
class AdministratorDeclaresExclusiveProjectsBrowserIT {

    private static final String SLUG = "groups-browser";
    private static final String PASSWORD = "a-long-test-password";

    @Test
    void theAdministratorDeclaresTwoProjectsMutuallyExclusiveAndRemovesThem() {
        String platform = TestServices.platformUrl();
        Long cycleId;
        try (TestPersistence database = TestPersistence.existingDatabase(TestServices.PLATFORM_DATABASE)) {
            cycleId = seedCycleWithAcceptedProjects(database);
        }

        try (Browser browser = Browser.open(platform)) {
            browser.steps("tally-groups", () -> {
                browser.signIn(SLUG + ".admin", PASSWORD).visit("tally/admin/exclusions?id=" + cycleId);
                browser.find("label[for='declareForm:projects:0']").click();
                browser.type("declareForm:reason", "Та сама ділянка біля ставу").clickAndWait("declareForm:declare");
                assertTrue(browser.text().contains("Позначте щонайменше 2 проєкти."), browser.text());

                browser.find("label[for='declareForm:projects:1']").click();
                browser.clickAndWait("declareForm:declare");
                String page = browser.text();
                assertTrue(page.contains("Групу позначено."), page);
                assertTrue(page.contains("Сквер біля ставу; ") && page.contains("Майданчик біля ставу — Та сама ділянка "
                        + "біля ставу"), page);
                browser.screenshot("tally-groups");

                browser.clickAndWait("groupsForm:groupList:0:remove");
                assertTrue(browser.text().contains("Групу вилучено.") && browser.text().contains("Жодної групи не позначено."),
                        browser.text());
                assertFalse(browser.text().contains("Та сама ділянка біля ставу"));
            });
        }
    }

    /** A hromada with a territory, its administrator, a cycle in its proposals phase and three accepted projects. */
    private static Long seedCycleWithAcceptedProjects(TestPersistence database) {
        StaffMember admin = database.call(entityManager -> {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            Hromada hromada = new Hromada(SLUG, "Громада з групами", "Hromada with groups", now);
            hromada.addTerritory("с. Ставки", TerritoryKind.SETTLEMENT);
            entityManager.persist(hromada);
            StaffAccount account = new StaffAccount(hromada, SLUG + ".admin", "Адміністратор груп", null,
                    StaffRole.ADMINISTRATOR, Wiring.passwordHasher().hash(PASSWORD), now);
            entityManager.persist(account);
            entityManager.flush();
            return new StaffMember(account.id(), hromada.id(), account.username(), account.fullName(), account.role());
        });
        return database.call(entityManager -> {
            BudgetCycle cycle = new Wiring(entityManager, TwoHromadas.as(admin), Clock.systemUTC()).cycleAdministration()
                    .plan(CyclePlans.valid(LocalDate.now().getYear() + 1, LocalDate.now().minusDays(20)));
            Long territory = entityManager.createQuery("select t.id from Territory t where t.hromada.id = :hromada",
                    Long.class).setParameter("hromada", admin.hromadaId()).getSingleResult();
            for (String title : List.of("Сквер біля ставу", "Майданчик біля ставу", "Книжки для бібліотеки")) {
                AcceptedProjects.project(entityManager, cycle, territory, admin.accountId(), title, 100_000, true);
            }
            return cycle.id();
        });
    }
}
