package ua.uchast.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.cycle.control.CycleDemo;
import ua.uchast.cycle.entity.Phase;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.proposal.TestImages;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;

/**
 * The whole loop in a real browser against the platform with demo data: a resident signed in through the demo OpenID
 * Connect provider drafts a project with two estimate lines and a photo and submits it; the commission asks for a
 * revision; the resident revises and resubmits; the commission accepts; the public catalogue shows it accepted; the
 * author got both decisions by e-mail (GreenMail). Screenshots of the form, the review and the catalogue go to
 * target/screenshots/.
 */
class ProposalLoopIT {

    private static final String TITLE = "Лавки біля ставу у Вишневому";
    private static final String AUTHOR_EMAIL = "loop-author@example.org";
    private static GreenMail mail;
    private static Browser resident;
    private static Browser commission;
    private static Browser visitor;
    private String projectId;

    @BeforeAll
    static void start() {
        String base = TestServices.platformUrl();
        mail = TestServices.mailServer();
        resident = Browser.open(base);
        commission = Browser.open(base);
        visitor = Browser.open(base);
    }

    @AfterAll
    static void stop() {
        for (Browser browser : new Browser[] {resident, commission, visitor}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    /** Clicks without waiting for a new page: step buttons only switch what the page shows. */
    private static void click(Browser browser, String id) {
        WebElement element = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The stepped form shows one step at a time; its step buttons are numbered from 1. */
    private static void step(Browser browser, int number) {
        click(browser, "step-" + number);
    }

    private static void awaitStatus(Browser browser, String status) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("status"), status));
    }

    private static String idInAddress(Browser browser) {
        return browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    @Test
    void residentProposesCommissionRevisesAndAcceptsThePublicSeesItAndTheAuthorIsMailed() {
        String proposalsYear = Integer.toString(CycleDemo.yearIn(Phase.SUBMISSION, KyivTime.today(Clock.systemUTC())));
        String cycleId = resident.visit("community/hromada?slug=vyshneva").driver().findElement(By.partialLinkText(proposalsYear))
                .getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");
        resident.steps("resident-drafts", () -> draftAndSubmit(cycleId));
        commission.steps("commission-asks-for-revision", this::askForRevision);
        resident.steps("resident-revises", this::revise);
        commission.steps("commission-changes-the-estimate", this::proposeExpertEstimate);
        resident.steps("resident-agrees-to-the-expert", this::answerTheExpert);
        commission.steps("commission-accepts", this::accept);
        visitor.steps("visitor-sees-it-accepted", () -> seeAccepted(cycleId));
        authorWasMailedEveryDecision();
        resident.steps("resident-withdraws", this::withdraw);
    }

    private void draftAndSubmit(String cycleId) {
        // Opening the form sends a visitor to the residents' sign-in (the demo provider's prefilled resident of
        // Вишневе), and back to the form afterwards.
        resident.visit("proposal/edit?cycle=" + cycleId);
        resident.clickAndWait("signIn");
        assertTrue(resident.driver().getCurrentUrl().contains("/proposal/edit?cycle=" + cycleId),
                () -> "after signing in the resident is back on the form, not on " + resident.driver().getCurrentUrl());

        resident.type("projectForm:title", TITLE);
        new Select(resident.find("[id='projectForm:categoryId']")).selectByIndex(1);
        new Select(resident.find("[id='projectForm:territoryId']")).selectByVisibleText("м. Вишневе");
        resident.type("projectForm:summary", "Десять лавок уздовж ставу <script>alert('x')</script>")
                .type("projectForm:problem", "Людям похилого віку ніде відпочити під час прогулянки.")
                .type("projectForm:solution", "Встановити десять лавок з урнами.")
                .type("projectForm:beneficiaries", "Близько 3 000 мешканців мікрорайону.");
        // The map needs tiles from the internet; the coordinate fields work without it.
        step(resident, 2);
        resident.type("projectForm:address", "вул. Святошинська, біля ставу")
                .type("projectForm:latitude", "50.386512")
                .type("projectForm:longitude", "30.369824");
        step(resident, 3);
        resident.type("projectForm:estimate:0:item", "Лавка паркова").type("projectForm:estimate:0:quantity", "10")
                .type("projectForm:estimate:0:unit", "шт").type("projectForm:estimate:0:unitPrice", "6 500");
        resident.clickAndWait("projectForm:addLine");
        step(resident, 3);
        resident.type("projectForm:estimate:1:item", "Монтаж").type("projectForm:estimate:1:quantity", "1")
                .type("projectForm:estimate:1:unit", "послуга").type("projectForm:estimate:1:unitPrice", "20000");
        // Uploading saves the draft first, then adds the photo.
        step(resident, 4);
        resident.driver().findElement(By.id("projectForm:photo")).sendKeys(photo().toString());
        resident.clickAndWait("projectForm:uploadPhoto");
        assertTrue(resident.find("#globalMessages").getText().contains("bench-photo.jpg"));
        projectId = idInAddress(resident);
        step(resident, 4);
        assertEquals(1, resident.driver().findElements(By.cssSelector("#attachments li")).size());
        // Submitting without an e-mail is refused next to the field, on the step the form opens at; nothing is lost.
        step(resident, 5);
        resident.clickAndWait("projectForm:submit");
        assertTrue(resident.find(".field:has([id='projectForm:contactEmail']) .ui-message-error").getText()
                .contains("Заповніть це поле"));
        resident.type("projectForm:contactEmail", AUTHOR_EMAIL);
        step(resident, 3);
        assertEquals("85 000 грн", resident.find("#estimateTotal").getText().replace('\u00a0', ' '));
        resident.screenshot("proposal-form");
        Dimension desktop = resident.driver().manage().window().getSize();
        resident.driver().manage().window().setSize(new Dimension(390, 844));
        resident.screenshot("proposal-form-phone");
        resident.driver().manage().window().setSize(desktop);
        step(resident, 5);
        resident.clickAndWait("projectForm:submit");
        awaitStatus(resident, "Подано");
    }

    private static Path photo() {
        try {
            Path photo = TestServices.build().targetDir().resolve("screenshots/bench-photo.jpg");
            Files.createDirectories(photo.getParent());
            return Files.write(photo, TestImages.image("jpeg", 320, 240));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void askForRevision() {
        commission.signIn(CommunityDemo.COMMISSION_MEMBER, CommunityDemo.PASSWORD);
        commission.visit("moderation/queue");
        commission.driver().findElement(By.linkText(TITLE)).click();
        commission.clickAndWait("startForm:startReview");
        awaitStatus(commission, "На розгляді");
        click(commission, "reviewForm:decision:1");
        commission.type("reviewForm:commentToAuthor", "Додайте, будь ласка, урни біля кожної лавки.")
                .type("reviewForm:internalNote", "Перевірити право власності на ділянку.");
        commission.screenshot("review");
        commission.clickAndWait("reviewForm:decide");
        awaitStatus(commission, "Потребує доопрацювання");
    }

    private void revise() {
        resident.visit("proposal/my");
        assertTrue(resident.find("#myProjects").getText().contains("урни біля кожної лавки"), "the decision is shown in the app");
        resident.visit("proposal/edit?id=" + projectId);
        assertTrue(resident.find("#revisionRequest").getText().contains("урни"));
        step(resident, 1);
        resident.type("projectForm:solution", "Встановити десять лавок, біля кожної — урну.");
        step(resident, 5);
        resident.clickAndWait("projectForm:submit");
        awaitStatus(resident, "Подано повторно");
    }

    private void proposeExpertEstimate() {
        commission.visit("moderation/review?id=" + projectId);
        assertTrue(commission.find(".under-review").getText().contains("біля кожної — урну"), "the review page shows the project itself");
        commission.clickAndWait("startForm:startReview");
        awaitStatus(commission, "На розгляді");
        commission.type("expertForm:conclusion", "Лавки дешевші в каталозі постачальника.")
                .type("expertForm:estimate:0:unitPrice", "6000");
        commission.clickAndWait("expertForm:proposeExpert");
        assertTrue(commission.find("#globalMessages").getText().contains("кошторис"), commission.find("#globalMessages").getText());
    }

    /** The author's answer is posted from the project page; declining asks first, and "cancel" leaves everything as it was. */
    private void answerTheExpert() {
        resident.visit("proposal/project?id=" + projectId);
        assertTrue(resident.find("#actions\\:expertEstimate").getText().contains("Лавки дешевші"));
        resident.clickAndWait("actions:declineExpert");
        assertTrue(resident.find("#actions\\:confirmDeclineExpert").getText().contains("не можна скасувати"));
        resident.screenshot("project-confirm-decline");
        resident.clickAndWait("actions:confirmDeclineExpertNo");
        awaitStatus(resident, "На розгляді");
        resident.clickAndWait("actions:acceptExpert");
        assertTrue(resident.find("#globalMessages").getText().contains("погодилися"), resident.find("#globalMessages").getText());
        assertEquals("80 000 грн", resident.find("#totalCost").getText().replace('\u00a0', ' '));
    }

    private void accept() {
        commission.visit("moderation/review?id=" + projectId);
        for (String check : List.of("complete", "legal", "withinPowers", "onPublicLand", "costRealistic")) {
            click(commission, "reviewForm:" + check);
        }
        click(commission, "reviewForm:decision:0");
        commission.clickAndWait("reviewForm:decide");
        awaitStatus(commission, "Допущено до голосування");
    }

    private void seeAccepted(String cycleId) {
        visitor.visit("proposal/catalogue?cycle=" + cycleId + "&status=ACCEPTED");
        WebElement card = visitor.driver().findElement(By.linkText(TITLE));
        visitor.screenshot("catalogue");
        card.click();
        awaitStatus(visitor, "Допущено до голосування");
        String page = visitor.driver().getPageSource();
        assertTrue(page.contains("&lt;script&gt;alert("), "script in text is shown escaped");
        assertFalse(page.contains(AUTHOR_EMAIL), "private contact hidden");
        assertFalse(page.contains("Перевірити право власності"), "internal note hidden");
        assertTrue(visitor.find("#history").getText().contains("урни біля кожної лавки"), "public reason in the history");
        assertEquals(1, visitor.driver().findElements(By.cssSelector("#photos img")).size());
        visitor.screenshot("project-page");
    }

    private void authorWasMailedEveryDecision() {
        assertTrue(mail.waitForIncomingEmail(30_000, 3), "three e-mails to the author");
        List<MimeMessage> toAuthor = Arrays.stream(mail.getReceivedMessages()).filter(ProposalLoopIT::toAuthor).toList();
        assertEquals(3, toAuthor.size());
        assertTrue(body(toAuthor.get(0)).contains("урни біля кожної лавки"));
        assertTrue(body(toAuthor.get(1)).contains("Лавки дешевші"));
        assertTrue(body(toAuthor.get(2)).contains("допущено до голосування"));
    }

    /** Withdrawing, too, asks first; the reason is public. */
    private void withdraw() {
        resident.visit("proposal/project?id=" + projectId);
        resident.type("actions:withdrawReason", "Лавки поставить місцеве підприємство.");
        resident.clickAndWait("actions:withdraw");
        assertEquals("Допущено до голосування", resident.find("#status").getText(), "nothing happens before the confirmation");
        resident.clickAndWait("actions:confirmWithdrawYes");
        awaitStatus(resident, "Відкликано");
        assertTrue(resident.find("#statusReason").getText().contains("місцеве підприємство"));
    }

    private static boolean toAuthor(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().equals(AUTHOR_EMAIL);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
