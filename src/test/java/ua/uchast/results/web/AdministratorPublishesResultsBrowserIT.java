package ua.uchast.results.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.Accessibility;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.voting.DemoVoting;

/**
 * The yearly result in a real browser. Myrne's administrator runs the tally of the demo vote that has just closed and
 * publishes it; a paper ballot entered late at the service centre changes the count, so they publish a correction —
 * refused without a reason, then published with one. A visitor sees the results page (charts with their tables, the
 * winners first, the ballot file's head), both versions and what the correction changed, the statistics and the
 * printable protocol. Each page passes the accessibility check; screenshots on a desktop and at phone width.
 */
class AdministratorPublishesResultsBrowserIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void anAdministratorPublishesAndCorrectsTheResultsAndAVisitorSeesBothVersions() {
        long cycleId = DemoVoting.cycleIn(CommunityDemo.MYRNE, "COUNTING");
        try (Browser visitor = Browser.open(TestServices.platformUrl()); Browser admin = Browser.open(TestServices.platformUrl())) {
            visitor.steps("results-visitor-before", () -> {
                visitor.visit("results/view?cycle=" + cycleId);
                assertTrue(visitor.find("#notPublished").getText().contains("ще не оприлюднено"), visitor.text());
                visitor.screenshot("results-01-not-published");
            });

            admin.steps("results-publish", () -> {
                admin.signIn(CommunityDemo.ADMINISTRATORS.get(2), CommunityDemo.PASSWORD);
                admin.visit("tally/admin/tally?id=" + cycleId);
                assertTrue(admin.driver().findElements(By.id("publishForm")).isEmpty(), "nothing to publish before the tally is run");
                admin.clickAndWait("runForm:run");
                assertFalse(admin.driver().findElements(By.cssSelector("table.tally tr.won")).isEmpty(), admin.text());
                Accessibility.assertNoSeriousViolations(admin.driver(), "the tally with the publishing form");
                scrollTo(admin, "publish");
                admin.screenshot("results-02-tally-publish");
                admin.clickAndWait("publishForm:publish");
                assertTrue(admin.driver().getCurrentUrl().contains("results/view?cycle=" + cycleId), admin.driver().getCurrentUrl());
                assertTrue(admin.find("#globalMessages").getText().contains("Результати оприлюднено (версія 1)"), admin.text());
                admin.screenshot("results-03-published");
            });

            String lateProject = enterALatePaperBallot(cycleId);

            admin.steps("results-correct", () -> {
                admin.visit("tally/admin/tally?id=" + cycleId);
                admin.clickAndWait("runForm:run");
                assertTrue(admin.find("#publish").getText().contains("виправленням"), admin.text());
                admin.clickAndWait("publishForm:publish");
                assertTrue(admin.text().contains("напишіть, чому"), "a correction without a reason is refused: " + admin.text());
                assertFalse(admin.driver().findElements(By.cssSelector("table.tally")).isEmpty(), "the tally stays on the page");
                scrollTo(admin, "publish");
                admin.screenshot("results-04-reason-required");
                admin.type("publishForm:reason", "Враховано паперовий бюлетень, який ЦНАП передав після завершення голосування.");
                admin.clickAndWait("publishForm:publish");
                assertTrue(admin.find("#globalMessages").getText().contains("версія 2"), admin.text());
            });

            visitor.steps("results-visitor", () -> {
                visitor.visit("cycle/view?id=" + cycleId);
                visitor.clickAndWait("resultsLink");
                assertTrue(visitor.find("#versionLine").getText().contains("Версія 2 — чинна"), visitor.text());
                assertTrue(visitor.find("#reason").getText().contains("паперовий бюлетень"));
                assertTrue(visitor.find("#chainHead").getText().matches("[0-9a-f]{64}"));
                assertEquals(2, visitor.driver().findElements(By.cssSelector("#versions ol li")).size());
                String difference = visitor.find("#differenceTable").getText();
                assertTrue(difference.contains(lateProject), difference);
                List<WebElement> rows = visitor.driver().findElements(By.cssSelector(".results-table tbody tr"));
                assertTrue(rows.get(0).getAttribute("class").contains("won"), "winners first");
                assertFalse(visitor.driver().findElements(By.cssSelector(".ui-chart canvas")).isEmpty(), "charts are drawn");
                String budgetAxis = String.valueOf(((JavascriptExecutor) visitor.driver()).executeScript(
                        "return Chart.getChart(document.querySelector('[id$=budgetChart] canvas')).scales.x.ticks.map(t => t.label).join('|')"));
                assertTrue(budgetAxis.matches(".*\\d[\u00a0\u202f ]000.*") && !budgetAxis.contains(","),
                        "the budget axis writes thousands the Ukrainian way: " + budgetAxis);
                Accessibility.assertNoSeriousViolations(visitor.driver(), "the results page");
                visitor.screenshot("results-05-corrected");
                visitor.driver().manage().window().setSize(new Dimension(390, 844));
                visitor.screenshot("results-06-phone");
                visitor.driver().manage().window().setSize(new Dimension(1280, 1800));
                scrollTo(visitor, "versions");
                visitor.screenshot("results-07-versions-and-difference");

                visitor.driver().findElement(By.cssSelector("#versions a[href*='version=1']")).click();
                visitor.find("#versionLine");
                assertTrue(visitor.find("#versionLine").getText().contains("Версія 1 — замінена версією 2"), visitor.text());
                visitor.screenshot("results-08-version-1");

                visitor.visit("results/statistics?cycle=" + cycleId);
                assertTrue(visitor.find("#votersByAgeBand").getText().contains("35–49"), visitor.text());
                assertTrue(visitor.find("#keptStatistics").getText().contains("менше ніж 5"),
                        "one voter more: the voters' breakdown stays that of version 1");
                assertTrue(visitor.find("#years").getText().contains("2027"));
                Accessibility.assertNoSeriousViolations(visitor.driver(), "the statistics page");
                visitor.screenshot("results-09-statistics");
                visitor.driver().manage().window().setSize(new Dimension(390, 844));
                visitor.screenshot("results-10-statistics-phone");
                visitor.driver().manage().window().setSize(new Dimension(1280, 1800));

                visitor.visit("results/protocol?cycle=" + cycleId + "&version=2");
                String protocol = visitor.find("#protocol").getText();
                assertTrue(protocol.contains("Мирненська громада".toUpperCase()) || protocol.contains("МИРНЕНСЬКА ГРОМАДА"), protocol);
                assertTrue(protocol.contains("Голова комісії") && protocol.contains("Секретар комісії"), protocol);
                assertTrue(protocol.contains(visitor.driver().findElement(By.id("protocolHead")).getText()));
                Accessibility.assertNoSeriousViolations(visitor.driver(), "the protocol");
                visitor.screenshot("results-11-protocol");

                visitor.visit("proposal/catalogue?cycle=" + cycleId + "&sort=VOTES");
                List<WebElement> votes = visitor.driver().findElements(By.cssSelector("#projects .votes"));
                assertFalse(votes.isEmpty(), "the catalogue shows the published votes");
                assertTrue(number(votes.get(0).getText()) >= number(votes.get(votes.size() - 1).getText()), "most votes first");
                visitor.screenshot("results-12-catalogue-by-votes");
            });
        }
    }

    /**
     * A paper ballot the service centre hands in after voting closed, entered straight into the register and the box as the
     * paper channel writes them (Myrne's demo has no operator account): one more vote for the category's last project.
     */
    private static String enterALatePaperBallot(long cycleId) {
        JsonObject form = Json.createReader(new StringReader(DemoVoting.get("api/v1/cycles/" + cycleId + "/ballot-form"))).readObject();
        JsonObject category = form.getJsonArray("categories").getJsonObject(0);
        JsonArray projects = category.getJsonArray("projects");
        JsonObject project = projects.getJsonObject(projects.size() - 1);
        JsonArray cycles = Json.createReader(new StringReader(DemoVoting.get("api/v1/hromadas/" + CommunityDemo.MYRNE + "/cycles")))
                .readArray();
        LocalDate votingEnd = cycles.getValuesAs(JsonObject.class).stream().filter(cycle -> cycle.getInt("id") == cycleId)
                .map(cycle -> LocalDate.parse(cycle.getString("votingEnd"))).findFirst().orElseThrow();
        PlatformDatabase.execute("INSERT INTO voter_register (cycle_id, person_key, channel, cast_at, cast_on, age_band, gender, "
                + "paper_received_on) VALUES (?, ?, 'PAPER', ?, ?, 'FROM_65', 'FEMALE', ?)", cycleId, randomHex(32),
                LocalDateTime.now(ZoneOffset.UTC), votingEnd, votingEnd);
        PlatformDatabase.execute("INSERT INTO ballot_box (ballot_id, cycle_id, channel, choices, receipt_hash) VALUES (?, ?, 'PAPER', ?, ?)",
                randomHex(16), cycleId, "{\"" + category.getJsonNumber("id") + "\":[" + project.getJsonNumber("id") + "]}", randomHex(32));
        return project.getString("title");
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static long number(String text) {
        return Long.parseLong(text.replaceAll("\\D", ""));
    }
}
