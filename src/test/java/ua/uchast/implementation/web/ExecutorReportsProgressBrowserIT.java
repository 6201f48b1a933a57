package ua.uchast.implementation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.proposal.TestImages;
import ua.uchast.testsupport.Accessibility;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;

/**
 * Implementation tracking in real browsers against the platform with demo data: the administrator opens an executor's
 * account and makes the executor responsible for a winner; a resident signed in through the demo identity provider
 * follows it; the executor (after choosing a password) posts two progress reports with a photo each; the resident gets
 * both e-mails (GreenMail) and unsubscribes with the letter's link, without signing in, and gets nothing more; the
 * public "Реалізація" page shows the winner with the map, and its page shows the timeline with the photos.
 * Screenshots implementation-*.png; axe-core on every page.
 */
class ExecutorReportsProgressBrowserIT {

    private static final String EXECUTOR = "kapbud.browser";
    private static final String ONE_TIME_PASSWORD = "тимчасовий-пароль-1";
    private static final String FOLLOWER = "follower.browser@example.org";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("(http://\\S+/implementation/unsubscribe\\?f=\\d+&t=[A-Za-z0-9_-]+)");
    private static GreenMail mail;
    private static Browser admin;
    private static Browser executor;
    private static Browser resident;
    private static Browser visitor;
    private String projectId;
    private String title;

    @BeforeAll
    static void start() {
        String base = TestServices.platformUrl();
        mail = TestServices.mailServer();
        admin = Browser.open(base);
        executor = Browser.open(base);
        resident = Browser.open(base);
        visitor = Browser.open(base);
    }

    @AfterAll
    static void stop() {
        for (Browser browser : new Browser[] {admin, executor, resident, visitor}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void anExecutorReportsProgressTheFollowerIsMailedAndUnsubscribesAndThePublicSeesTheTimelineAndMap() {
        admin.steps("implementation-admin-assigns", this::administratorOpensAnExecutorAndAssignsAWinner);
        resident.steps("implementation-resident-follows", this::residentFollows);
        executor.steps("implementation-executor-reports", this::executorPostsTwoReports);
        List<MimeMessage> letters = lettersTo(FOLLOWER, 2);
        assertEquals(2, letters.size());
        assertTrue(body(letters.get(0)).contains("Підрядник завіз лавки"), body(letters.get(0)));
        assertTrue(body(letters.get(1)).contains("Лавки встановлено"), body(letters.get(1)));
        visitor.steps("implementation-follower-unsubscribes", () -> unsubscribe(body(letters.get(1))));
        executor.steps("implementation-executor-starts-work", this::executorStartsTheWork);
        assertEquals(2, lettersToNow(FOLLOWER).size(), "no letter after unsubscribing");
        visitor.steps("implementation-public-pages", this::publicSeesTimelineAndMap);
        admin.steps("implementation-audit-log", this::everyChangeAndTheRefusalAreInTheAuditLog);
    }

    private void everyChangeAndTheRefusalAreInTheAuditLog() {
        admin.visit("audit/admin/log");
        String log = admin.find("main").getText();
        for (String action : List.of("Призначено відповідального за реалізацію", "Оприлюднено звіт про реалізацію",
                "Змінено план реалізації", "Змінено стан реалізації", "Відмовлено в дії з реалізацією")) {
            assertTrue(log.contains(action), action + " in " + log);
        }
    }

    private void administratorOpensAnExecutorAndAssignsAWinner() {
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD);
        admin.visit("community/admin/staff");
        admin.type("openForm:username", EXECUTOR).type("openForm:fullName", "Оксана Будівельна")
                .type("openForm:email", "kapbud@vyshneva.example").type("openForm:password", ONE_TIME_PASSWORD);
        ((JavascriptExecutor) admin.driver()).executeScript("document.getElementById('openForm:role_input').value = 'EXECUTOR'");
        admin.clickAndWait("openForm:open");
        assertTrue(admin.find("#accounts").getText().contains("Оксана Будівельна"), admin.text());

        admin.visit("staff/");
        admin.clickAndWait("implementationLink");
        Accessibility.assertNoSeriousViolations(admin.driver(), "the staff list of winners");
        admin.screenshot("implementation-desk");
        WebElement unassigned = admin.driver().findElements(By.cssSelector("#winners tbody tr")).stream()
                .filter(row -> row.getText().contains("не призначено") && row.getText().contains("Заплановано")).findFirst()
                .orElseThrow(() -> new AssertionError("a planned winner nobody is responsible for: " + admin.text()));
        WebElement link = unassigned.findElement(By.cssSelector("a"));
        title = link.getText();
        link.click();
        admin.find("#projectTitle");
        projectId = admin.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        new Select(admin.find("[id='assignForm:executor']")).selectByVisibleText("Оксана Будівельна (" + EXECUTOR + ")");
        admin.clickAndWait("assignForm:assign");
        assertEquals("Оксана Будівельна", admin.find("#executor").getText());
        Accessibility.assertNoSeriousViolations(admin.driver(), "a winner on the staff side");
    }

    private void residentFollows() {
        resident.visit("proposal/project?id=" + projectId);
        assertTrue(resident.find("#implementation").getText().contains("Реалізація проєкту"));
        resident.clickAndWait("followLink");
        resident.clickAndWait("signIn");
        assertTrue(resident.driver().getCurrentUrl().contains("implementation/follow?id=" + projectId),
                () -> "after signing in the resident is back at the follow page, not " + resident.driver().getCurrentUrl());
        resident.type("followForm:email", "не адреса");
        JavascriptExecutor page = (JavascriptExecutor) resident.driver();
        assertEquals(Boolean.FALSE, page.executeScript("return document.getElementById('followForm:email').checkValidity()"),
                "the browser itself refuses an address without @");
        // Past the browser's own check, as an older browser would send it: the platform says it in words too.
        page.executeScript("document.getElementById('followForm').noValidate = true");
        resident.clickAndWait("followForm:follow");
        assertTrue(resident.find(".field:has([id='followForm:email']) .ui-message-error").getText().contains("name@example.com"),
                resident.text());
        Accessibility.assertNoSeriousViolations(resident.driver(), "the follow page with a refused address");
        resident.type("followForm:email", FOLLOWER).clickAndWait("followForm:follow");
        assertTrue(resident.find("#globalMessages").getText().contains("ви стежите"), resident.text());
        assertTrue(resident.driver().getCurrentUrl().contains("proposal/project?id=" + projectId));
    }

    private void executorPostsTwoReports() {
        executor.signIn(EXECUTOR, ONE_TIME_PASSWORD);
        assertTrue(executor.driver().getCurrentUrl().endsWith("/staff/password"), "a one-time password is replaced first");
        executor.type("passwordForm:currentPassword", ONE_TIME_PASSWORD).type("passwordForm:newPassword", "бетон-лавка-урна-квітень")
                .type("passwordForm:repeatedPassword", "бетон-лавка-урна-квітень").clickAndWait("passwordForm:change");
        executor.visit("staff/");
        executor.clickAndWait("myProjectsLink");
        List<WebElement> rows = executor.driver().findElements(By.cssSelector("#winners tbody tr"));
        assertEquals(1, rows.size(), "an executor sees only their own projects");
        assertTrue(rows.get(0).getText().contains(title));
        executor.driver().findElement(By.linkText(title)).click();
        executor.find("#projectTitle");
        assertTrue(executor.driver().findElements(By.id("assignForm")).isEmpty(), "only administrators assign");

        typeDate(executor, "reportForm:reportedOn_input", dayFromToday(1));
        executor.type("reportForm:text", "Звіт з майбутнього");
        executor.clickAndWait("reportForm:postReport");
        assertTrue(executor.text().contains("ще не настав"), executor.text());
        Accessibility.assertNoSeriousViolations(executor.driver(), "a refused report");

        report(executor, "Підрядник завіз лавки й урни, розпочато монтаж.");
        assertTrue(executor.find("#globalMessages").getText().contains("Звіт оприлюднено"));
        executor.screenshot("implementation-executor-reports");
        report(executor, "Лавки встановлено, територію прибрано.");
        assertTrue(executor.find("#history").getText().contains("Лавки встановлено"));
    }

    private static void report(Browser browser, String text) {
        typeDate(browser, "reportForm:reportedOn_input", dayFromToday(0));
        browser.type("reportForm:text", text);
        browser.driver().findElement(By.id("reportForm:photos")).sendKeys(photo().toString());
        browser.clickAndWait("reportForm:postReport");
    }

    /**
     * Types over what a date field shows (these come filled in) by selecting it, as a person would: after Selenium's
     * clear() the typed day was refused as not a date.
     */
    private static void typeDate(Browser browser, String id, String day) {
        browser.find("[id='" + id + "']").sendKeys(Keys.chord(Keys.CONTROL, "a"), day);
    }

    /** A day as the date fields take it; near today, since the calendar offers only years close to now. */
    private static String dayFromToday(int days) {
        return KyivTime.today(Clock.systemUTC()).plusDays(days).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private static Path photo() {
        try {
            Path photo = TestServices.build().targetDir().resolve("screenshots/implementation-report.jpg");
            Files.createDirectories(photo.getParent());
            return Files.write(photo, TestImages.image("jpeg", 320, 240));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void unsubscribe(String letter) {
        Matcher link = UNSUBSCRIBE.matcher(letter);
        assertTrue(link.find(), letter);
        visitor.driver().get(link.group(1));
        assertTrue(visitor.find("#unsubscribed").getText().contains("більше не отримуватимете"), visitor.text());
        Accessibility.assertNoSeriousViolations(visitor.driver(), "the unsubscribe page");
        visitor.screenshot("implementation-unsubscribed");
    }

    /** A status change is news too: the project's author is told, the follower who left is not. */
    private void executorStartsTheWork() {
        executor.type("planForm:department", "Відділ капітального будівництва").type("planForm:spentAmount", "-5");
        executor.clickAndWait("planForm:savePlan");
        assertTrue(executor.text().contains("без копійок і знака мінус"), "a minus sign is refused: " + executor.text());
        executor.type("planForm:spentAmount", "12 000");
        typeDate(executor, "planForm:plannedCompletion_input", dayFromToday(365));
        executor.clickAndWait("planForm:savePlan");
        assertTrue(executor.find("#globalMessages").getText().contains("План збережено"), executor.text());
        executor.driver().findElement(By.cssSelector("[data-status='IN_PROGRESS']")).click();
        new WebDriverWait(executor.driver(), Duration.ofSeconds(20)).until(driver -> !driver.findElements(
                By.id("statusForm:confirmStatusYes")).isEmpty());
        executor.clickAndWait("statusForm:confirmStatusYes");
        assertEquals("Виконується", executor.find("#implementationStatus").getText());
        new WebDriverWait(executor.driver(), Duration.ofSeconds(60)).until(driver -> Arrays.stream(mail.getReceivedMessages())
                .anyMatch(message -> subject(message).contains(title) && subject(message).contains("Виконується")));
        // The letters of one change are written together and sent in one batch: any to the follower would be here now.
        sleep(Duration.ofSeconds(3));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void publicSeesTimelineAndMap() {
        visitor.visit("community/hromada?slug=vyshneva");
        visitor.clickAndWait("implementationLink");
        assertTrue(visitor.find("#winners").getText().contains(title));
        assertTrue(visitor.text().contains("Прострочено"), "the demo has an overdue winner, marked as such");
        new WebDriverWait(visitor.driver(), Duration.ofSeconds(20)).until(driver -> !driver.findElements(
                By.cssSelector("#implementationMap path.leaflet-interactive")).isEmpty());
        Accessibility.assertNoSeriousViolations(visitor.driver(), "the implementation page");
        visitor.screenshot("implementation-hromada");
        visitor.driver().manage().window().setSize(new Dimension(390, 844));
        visitor.screenshot("implementation-hromada-phone");
        visitor.driver().manage().window().setSize(new Dimension(1280, 1800));

        visitor.visit("proposal/project?id=" + projectId);
        String timeline = visitor.find("#timeline").getText();
        assertTrue(timeline.contains("Підрядник завіз лавки") && timeline.contains("Лавки встановлено"), timeline);
        assertTrue(timeline.indexOf("Підрядник завіз") < timeline.indexOf("Лавки встановлено"), "in the order they happened");
        assertEquals(2, visitor.driver().findElements(By.cssSelector("#timeline img")).size());
        assertEquals("Виконується", visitor.find("#implementationStatus").getText());
        assertFalse(visitor.text().contains("Оксана Будівельна"), "who on the staff is responsible is not public");
        Accessibility.assertNoSeriousViolations(visitor.driver(), "a winner's page with its timeline");
        visitor.screenshot("implementation-timeline");
    }

    private static List<MimeMessage> lettersTo(String recipient, int expected) {
        new WebDriverWait(visitor.driver(), Duration.ofSeconds(60)).until(driver -> lettersToNow(recipient).size() >= expected);
        return lettersToNow(recipient);
    }

    private static List<MimeMessage> lettersToNow(String recipient) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(recipient);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
