package ua.uchast.tally.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;

/**
 * Issue 5's "done when" in a browser: the demo administrator uploads a .pb file (after being told which line of a
 * broken one is wrong), sees every project won or why not, and downloads the ballots, which tally the same.
 */
class AdministratorTalliesAnImportedElectionBrowserIT {

    private static final String TITLE = "Гдиня, Домброва 2020 (pabulib)";

    @Test
    void theDemoAdministratorImportsGdyniaSeesTheWinnersAndDownloadsTheBallots() throws IOException {
        Path gdynia = PabulibFiles.named("Poland_Gdynia");
        PbElection original = PabulibFiles.parse(gdynia);
        Path broken = Files.createTempFile("broken", ".pb");
        Files.writeString(broken, "META\nkey;value\nbudget;lots\n");

        try (Browser browser = Browser.open(TestServices.platformUrl())) {
            browser.steps("tally-import", () -> {
                browser.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD).clickAndWait("importLink");
                browser.screenshot("tally-01-import");

                upload(browser, broken);
                browser.clickAndWait("importForm:import");
                assertTrue(browser.text().contains("Рядок 3: файл закінчується, а розділу PROJECTS немає."),
                        browser.text());
                browser.screenshot("tally-02-import-refused");

                upload(browser, gdynia);
                browser.type("importForm:title", TITLE).clickAndWait("importForm:import");
                assertTrue(browser.text().contains("«" + TITLE + "» імпортовано разом із бюлетенями."), browser.text());
                assertTrue(browser.driver().findElements(By.cssSelector("table.tally")).isEmpty(),
                        "opening the tally page does not run the tally (nor audit it)");
                browser.clickAndWait("runForm:run");
                String page = browser.text();
                assertTrue(page.contains("Переміг") && page.contains("розподіл зупинився"), page);
                assertTrue(page.contains("PLN") && !page.contains("грн"), "amounts in the file's currency: " + page);
                assertTrue(page.contains("Спершу оприлюдніть сам бюджет участі"),
                        "an imported election is a draft: its results wait until it is published: " + page);
                assertEquals(PabulibFiles.officialWinners(original).size(),
                        browser.driver().findElements(By.cssSelector("table.tally tr.won")).size());
                browser.screenshot("tally-03-winners");

                String href = browser.find("a[id$='export']").getAttribute("href");
                @SuppressWarnings("unchecked")
                Map<String, Object> download = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                        .executeAsyncScript("const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text().then(body => done({disposition:"
                                + " r.headers.get('Content-Disposition'), body: body})));", href);
                assertTrue(String.valueOf(download.get("disposition")).matches(".*attachment.*cycle-\\d+\\.pb.*"),
                        String.valueOf(download.get("disposition")));
                PbElection exported = parse((String) download.get("body"));
                List<String> winners = new Tallying().tally(exported,
                        CountingRule.fromPabulibName(exported.ruleName().orElseThrow()).orElseThrow(),
                        TieOrderRule.FILE_ORDER).winners();
                assertEquals(PabulibFiles.officialWinners(original), winners);

                browser.visit("cycle/admin/cycles");
                assertTrue(browser.text().contains(TITLE) && browser.text().contains("Підрахунок"));
                assertTrue(browser.text().contains(TITLE + " Історичне голосування"), browser.text());

                browser.driver().findElement(By.linkText(TITLE)).click();
                browser.find("#historicMark");
                String record = browser.text();
                assertTrue(record.contains("Запис голосування, що відбулося деінде"), record);
                assertTrue(record.contains("PLN") && !record.contains("грн"), "its own currency: " + record);
                assertFalse(record.contains("Голосувати можна з віку") || record.contains("Адреса мешканця"),
                        "no residency rules for a record: " + record);
                browser.screenshot("tally-04-historic-cycle");
            });
        } finally {
            Files.delete(broken);
        }

        WebClient commission = new WebClient(TestServices.platformUrl());
        commission.signIn(CommunityDemo.COMMISSION_MEMBER, CommunityDemo.PASSWORD);
        assertEquals(403, commission.get("tally/admin/import").status());
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
    }

    private static PbElection parse(String text) {
        try {
            return new PabulibParser().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PabulibFormatException e) {
            throw new AssertionError(e);
        }
    }
}
