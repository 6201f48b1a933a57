package ua.uchast.voting.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.testsupport.Accessibility;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;
import ua.uchast.voting.DemoVoting;

/**
 * Voting in a real browser, in the demo's open vote: a resident signs in through the identity provider from the
 * ballot, chooses (first breaking a category's rule, and told so), checks the choice, votes, gets the receipt code and
 * finds the ballot by it; coming back, they see that they voted, not a second form. At a service centre an operator
 * enters a paper ballot, and the same person a second time is refused, naming who entered it. Every voting page passes
 * an automated accessibility check; screenshots on a desktop and at phone width.
 */
class ResidentVotesBrowserIT {

    private static Browser resident;
    private static Browser operator;
    private static long cycleId;

    @BeforeAll
    static void start() {
        String base = TestServices.platformUrl();
        cycleId = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "VOTING");
        resident = Browser.open(base);
        operator = Browser.open(base);
    }

    @AfterAll
    static void stop() {
        for (Browser browser : new Browser[] {resident, operator}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void aResidentVotesThroughTheIdentityProviderAndChecksTheReceipt() {
        resident.steps("voting-resident", () -> {
            resident.visit("");
            resident.driver().findElement(By.cssSelector("a[href*='voting/ballot?cycle=" + cycleId + "']")).click();
            resident.find("[id='ballot:howToVote']");
            Accessibility.assertNoSeriousViolations(resident.driver(), "the ballot, before signing in");
            resident.screenshot("voting-ballot");
            resident.driver().manage().window().setSize(new Dimension(390, 844));
            resident.screenshot("voting-ballot-phone");
            resident.driver().manage().window().setSize(new Dimension(1280, 1800));

            Rnokpp person = DemoVoting.newPerson();
            resident.clickAndWait("ballot:signIn");
            resident.signInAtTheDemoProvider("Світлана Голосуюча", person.value(),
                    person.birthDate().format(DateTimeFormatter.ISO_LOCAL_DATE), "Київська обл., м. Вишневе, вул. Київська, 1");
            assertTrue(resident.driver().getCurrentUrl().contains("voting/ballot?cycle=" + cycleId),
                    () -> "after signing in the resident is back at the ballot, not " + resident.driver().getCurrentUrl());

            List<WebElement> small = checkboxesOf(0);
            for (int i = 0; i < 3; i++) {
                tick(small.get(i));
            }
            assertTrue(resident.find(".ballot-category .running-sum").getText().contains("3 / 2"), "the page counts the choice");
            resident.clickAndWait("ballot:review");
            assertTrue(resident.find("#globalMessages").getText().contains("не більше 2"), resident.text());
            Accessibility.assertNoSeriousViolations(resident.driver(), "the ballot with a refused choice");

            tick(checkboxesOf(0).get(2));
            resident.clickAndWait("ballot:review");
            resident.clickAndWait("ballot:cast");
            assertTrue(resident.find("#globalMessages").getText().contains("заяву"), "the declaration of residence is asked for");
            new Select(resident.find("[id='ballot:settlementId']")).selectByIndex(1);
            tick(resident.find("[id='ballot:declared']"));
            String confirmation = resident.find("[id='ballot:confirm']").getText();
            assertTrue(confirmation.contains("Перевірте свій вибір"), confirmation);
            assertTrue(confirmation.contains("У цій категорії ви нічого не обрали"), "empty categories are allowed and said so");
            Accessibility.assertNoSeriousViolations(resident.driver(), "the confirmation");
            resident.screenshot("voting-confirm");

            resident.clickAndWait("ballot:cast");
            String code = resident.find("#receiptCode").getText();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){3}"), code);
            Accessibility.assertNoSeriousViolations(resident.driver(), "the thank-you page");
            resident.screenshot("voting-receipt");

            resident.visit("voting/receipt");
            resident.type("receiptForm:code", code.toLowerCase().replace("-", " "));
            resident.clickAndWait("receiptForm:check");
            assertEquals(2, resident.driver().findElements(By.cssSelector("#chosen li")).size(), resident.text());
            assertTrue(resident.text().contains("через BankID"), resident.text());
            Accessibility.assertNoSeriousViolations(resident.driver(), "the receipt check");
            resident.screenshot("voting-receipt-check");

            resident.visit("voting/ballot?cycle=" + cycleId);
            assertTrue(resident.find("#alreadyVoted").getText().contains("Ви вже проголосували"));
            assertTrue(resident.driver().findElements(By.id("ballot")).isEmpty(), "no second form");
        });
    }

    @Test
    void aVisitorVotesWithAQualifiedSignatureUploadedOnThePage() {
        Browser visitor = Browser.open(TestServices.platformUrl());
        try {
            visitor.steps("voting-signature", () -> {
                visitor.visit("voting/ballot?cycle=" + cycleId);
                List<WebElement> small = visitor.driver().findElements(By.cssSelector(".ballot-category")).get(0)
                        .findElements(By.cssSelector("input[type=checkbox]"));
                ((JavascriptExecutor) visitor.driver()).executeScript("arguments[0].click()", small.get(1));
                visitor.clickAndWait("ballot:review");
                new Select(visitor.find("[id='ballot:settlementId']")).selectByIndex(2);
                ((JavascriptExecutor) visitor.driver()).executeScript("arguments[0].click()", visitor.find("[id='ballot:declared']"));
                visitor.clickAndWait("ballot:issueDocument");
                Accessibility.assertNoSeriousViolations(visitor.driver(), "the ballot to sign");
                visitor.screenshot("voting-sign");
                visitor.find("[id='ballot:downloadDocument']").click();
                byte[] document = visitor.downloaded("ballot-" + cycleId + ".json");
                assertTrue(new String(document, StandardCharsets.UTF_8).contains("\"declaration\":{\"settlement\":"),
                        "the signed ballot carries the declaration of residence");

                Path signed = TestServices.build().targetDir().resolve("screenshots/ballot-" + cycleId + ".p7s");
                write(signed, TestServices.testSigner().voter(DemoVoting.newPerson().value()).signAttached(document));
                visitor.driver().findElement(By.id("ballot:signature")).sendKeys(signed.toString());
                visitor.clickAndWait("ballot:castSigned");
                String code = visitor.find("#receiptCode").getText();
                visitor.visit("voting/receipt");
                visitor.type("receiptForm:code", code);
                visitor.clickAndWait("receiptForm:check");
                assertTrue(visitor.text().contains("з кваліфікованим електронним підписом"), visitor.text());
            });
        } finally {
            visitor.close();
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOperatorEntersAPaperBallotOnceAndIsToldWhoWasFirst() {
        operator.steps("voting-paper", () -> {
            operator.signIn(CommunityDemo.OPERATOR, CommunityDemo.PASSWORD);
            Rnokpp person = DemoVoting.newPerson();
            enterPaper(person);
            String code = operator.find("#lastReceipt .receipt-code").getText();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){3}"), code);
            Accessibility.assertNoSeriousViolations(operator.driver(), "paper ballot entry");
            operator.screenshot("voting-paper-entered");

            enterPaper(person);
            String refusal = operator.find("#globalMessages").getText();
            assertTrue(refusal.contains("вже проголосувала") && refusal.contains("Ірина Савчук"), refusal);
            assertFalse(operator.driver().findElements(By.id("lastReceipt")).stream().anyMatch(WebElement::isDisplayed),
                    "no second receipt");

            operator.visit("voting/staff/paper-form?cycle=" + cycleId);
            assertTrue(operator.text().contains("Бюлетень для голосування"));
            operator.screenshot("voting-paper-form");
        });
    }

    private static void enterPaper(Rnokpp person) {
        operator.visit("voting/operator/paper?cycle=" + cycleId);
        operator.type("paperForm:taxNumber", person.value().substring(0, 5) + " " + person.value().substring(5));
        operator.type("paperForm:birthDate_input", person.birthDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        new Select(operator.find("[id='paperForm:settlementId']")).selectByIndex(1);
        operator.driver().findElement(By.id("paperForm:declared")).click();
        operator.type("paperForm:receivedOn_input", LocalDate.now(KyivTime.ZONE).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        operator.type("paperForm:categories:0:numbers", "1");
        operator.clickAndWait("paperForm:enter");
    }

    private static List<WebElement> checkboxesOf(int category) {
        return resident.driver().findElements(By.cssSelector(".ballot-category")).get(category)
                .findElements(By.cssSelector("input[type=checkbox]"));
    }

    private static void tick(WebElement box) {
        ((JavascriptExecutor) resident.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        box.click();
    }
}
