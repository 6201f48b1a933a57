package ua.uchast.cycle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;

/**
 * The foundation's "done when": the demo administrator signs in, creates a cycle with two categories (after being
 * told what is wrong with a first attempt) as a draft, publishes it, and the cycle is still there after the platform
 * restarts.
 */
class AdministratorPlansACycleBrowserIT {

    private static final String TITLE = "Бюджет участі 2029 — браузер";

    @Test
    void theDemoAdministratorCreatesACycleWithTwoCategoriesThatSurvivesARestart() {
        try (Browser browser = Browser.open(TestServices.platformUrl())) {
            browser.steps("plan-cycle", () -> planCycle(browser));
        }

        TestServices.restartPlatform();

        try (Browser browser = Browser.open(TestServices.platformUrl())) {
            browser.steps("after-restart", () -> {
                browser.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD).visit("cycle/admin/cycles");
                assertTrue(browser.text().contains(TITLE), "the cycle is still there after a restart");
                browser.screenshot("06-after-restart");
                browser.visit("?lang=en");
                assertTrue(browser.text().contains("Vyshneva hromada"));
                browser.screenshot("07-home-english");
            });
        }
    }

    private static void planCycle(Browser browser) {
            browser.visit("");
            assertTrue(browser.text().contains("Вишнева громада"));
            browser.screenshot("01-home");

            browser.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD);
            assertTrue(browser.text().contains("Олена Коваль"), browser.text());
            browser.screenshot("02-staff-desk");
            browser.clickAndWait("cyclesLink").clickAndWait("newCycle");

            browser.type("cycleForm:title", TITLE).type("cycleForm:year", "2029").type("cycleForm:totalBudget", "1 000 000");
            typeDate(browser, "submissionStart", "01.02.2029");
            typeDate(browser, "submissionEnd", "01.03.2029");
            typeDate(browser, "reviewEnd", "01.04.2029");
            typeDate(browser, "votingStart", "01.05.2029");
            typeDate(browser, "votingEnd", "15.05.2029");
            typeDate(browser, "resultsDate", "01.06.2029");
            typeDate(browser, "implementationStart", "01.07.2029");
            fillCategory(browser, 0, "Малі проєкти", "1 000 000", "20 000", "200 000");
            browser.clickAndWait("cycleForm:addCategory");
            fillCategory(browser, 1, "Великі проєкти", "2 000 000", "200 001", "1 000 000");
            browser.screenshot("03-cycle-form");

            browser.clickAndWait("cycleForm:save");
            String refusal = browser.text();
            assertTrue(refusal.contains("Бюджети категорій разом становлять 3 000 000 грн, а це більше за загальний бюджет "
                    + "1 000 000 грн."), refusal);
            assertEquals(TITLE, browser.find("[id='cycleForm:title']").getAttribute("value"), "what was typed is kept");
            browser.screenshot("04-cycle-form-refused");

            browser.type("cycleForm:totalBudget", "3 000 000").clickAndWait("cycleForm:save");
            assertTrue(browser.text().contains("Бюджет участі «" + TITLE + "» створено як чернетку"), browser.text());
            assertTrue(browser.text().contains("Малі проєкти, Великі проєкти"));
            browser.screenshot("05-cycle-created");

            browser.visit("community/hromada?slug=vyshneva");
            assertFalse(browser.text().contains(TITLE), "a draft is not on the hromada's public page");
            browser.visit("cycle/admin/cycles");
            browser.driver().findElement(By.xpath("//tr[td[contains(., '" + TITLE + "')]]//a[.='Оприлюднити чи видалити']"))
                    .click();
            assertTrue(browser.find("h1").getText().contains(TITLE));
            browser.screenshot("05a-draft");
            browser.clickAndWait("draftForm:publish");
            assertTrue(browser.text().contains("«" + TITLE + "» оприлюднено."), browser.text());
            browser.visit("community/hromada?slug=vyshneva");
            assertTrue(browser.text().contains(TITLE), "once published, everyone sees it");
    }

    private static void typeDate(Browser browser, String field, String date) {
        browser.type("cycleForm:" + field + "_input", date);
    }

    private static void fillCategory(Browser browser, int index, String name, String budget, String minCost, String maxCost) {
        String prefix = "cycleForm:categories:" + index + ":";
        browser.type(prefix + "name", name).type(prefix + "budget", budget).type(prefix + "minCost", minCost)
                .type(prefix + "maxCost", maxCost);
    }
}
