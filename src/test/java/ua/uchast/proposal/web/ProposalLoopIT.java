package ua.uchast.proposal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMail;

import ua.uchast.platform.control.DemoData;
import ua.uchast.proposal.TestImages;
import ua.uchast.testsupport.TestServices;

/**
 * The whole loop in a real browser against the platform with demo data: a resident signed in through the demo OpenID
 * Connect provider drafts a project with two estimate lines and a photo and submits it; the commission asks for a
 * revision; the resident revises and resubmits; the commission accepts; the public catalogue shows it accepted; the
 * author got both decisions by e-mail (GreenMail). Screenshots go to target/screenshots/.
 */
class ProposalLoopIT {

    private static final String TITLE = "Лавки біля ставу у Вишневому";
    private static final String AUTHOR_EMAIL = "loop-author@example.org";
    private static String base;
    private static GreenMail mail;
    private static Path screenshots;
    private static WebDriver resident;
    private static WebDriver commission;

    @BeforeAll
    static void start() throws IOException {
        base = TestServices.platformUrl();
        mail = TestServices.mailServer();
        screenshots = Files.createDirectories(TestServices.build().targetDir().resolve("screenshots"));
        resident = browser();
        commission = browser();
    }

    @AfterAll
    static void stop() {
        for (WebDriver driver : new WebDriver[] {resident, commission}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1800", "--lang=uk");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static WebDriverWait waitIn(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private static void screenshot(WebDriver driver, String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static void click(WebDriver driver, String id) {
        WebElement element = driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** The stepped form shows one step at a time; the step buttons are numbered from 1. */
    private static void step(WebDriver driver, int number) {
        click(driver, "step-" + number);
    }

    private static String message(WebDriver driver) {
        return waitIn(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("globalMessages"))).getText();
    }

    @Test
    void residentProposesCommissionRevisesAndAcceptsThePublicSeesItAndTheAuthorIsMailed() throws Exception {
        try {
            walkTheLoop();
        } catch (Exception | AssertionError failure) {
            keepPage(resident, "failure-resident");
            keepPage(commission, "failure-commission");
            throw failure;
        }
    }

    /** What each browser showed when the test failed: the address, the page and a screenshot. */
    private static void keepPage(WebDriver driver, String name) throws IOException {
        Files.writeString(screenshots.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
        screenshot(driver, name);
    }

    private void walkTheLoop() throws Exception {
        // The cycle of Vyshneva in its submission phase, from the public pages.
        resident.get(base + "community/hromada?slug=vyshneva");
        resident.findElement(By.partialLinkText("2027")).click();
        String cycleId = resident.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

        // Sign in through the demo identity provider (the prefilled resident of Вишневе).
        resident.get(base + "proposal/edit?cycle=" + cycleId);
        waitIn(resident).until(ExpectedConditions.elementToBeClickable(By.id("signIn"))).click();
        waitIn(resident).until(ExpectedConditions.urlContains("/identity/resident"));
        resident.get(base + "proposal/edit?cycle=" + cycleId);

        // Step 1: about the project.
        type(resident, "projectForm:title", TITLE);
        new Select(resident.findElement(By.id("projectForm:categoryId"))).selectByIndex(1);
        new Select(resident.findElement(By.id("projectForm:territoryId"))).selectByVisibleText("м. Вишневе");
        type(resident, "projectForm:summary", "Десять лавок уздовж ставу <script>alert('x')</script>");
        type(resident, "projectForm:problem", "Людям похилого віку ніде відпочити під час прогулянки.");
        type(resident, "projectForm:solution", "Встановити десять лавок з урнами.");
        type(resident, "projectForm:beneficiaries", "Близько 3 000 мешканців мікрорайону.");
        // Step 2: place, with coordinates typed (the map needs tiles from the internet; the fields do not).
        step(resident, 2);
        type(resident, "projectForm:address", "вул. Святошинська, біля ставу");
        type(resident, "projectForm:latitude", "50.386512");
        type(resident, "projectForm:longitude", "30.369824");
        // Step 3: two estimate lines (the second added by a postback that keeps what was typed).
        step(resident, 3);
        type(resident, "projectForm:estimate:0:item", "Лавка паркова");
        type(resident, "projectForm:estimate:0:quantity", "10");
        type(resident, "projectForm:estimate:0:unit", "шт");
        type(resident, "projectForm:estimate:0:unitPrice", "6 500");
        click(resident, "projectForm:addLine");
        step(resident, 3);
        type(resident, "projectForm:estimate:1:item", "Монтаж");
        type(resident, "projectForm:estimate:1:quantity", "1");
        type(resident, "projectForm:estimate:1:unit", "послуга");
        type(resident, "projectForm:estimate:1:unitPrice", "20000");
        // Step 4: a photo (saves the draft first).
        step(resident, 4);
        Path photo = screenshots.resolve("bench-photo.jpg");
        Files.write(photo, TestImages.image("jpeg", 320, 240));
        resident.findElement(By.id("projectForm:photo")).sendKeys(photo.toString());
        click(resident, "projectForm:uploadPhoto");
        assertTrue(message(resident).contains("bench-photo.jpg"));
        String projectId = resident.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        step(resident, 4);
        assertEquals(1, resident.findElements(By.cssSelector("#attachments li")).size());
        // Step 5: contacts, then submit.
        step(resident, 5);
        type(resident, "projectForm:contactEmail", AUTHOR_EMAIL);
        step(resident, 3);
        assertTrue(resident.findElement(By.id("estimateTotal")).getText().replaceAll("\\D", "").startsWith("85000"));
        screenshot(resident, "proposal-form");
        step(resident, 5);
        click(resident, "projectForm:submit");
        waitIn(resident).until(ExpectedConditions.urlContains("proposal/project"));
        assertEquals("Подано", resident.findElement(By.id("status")).getText());

        // The commission asks for a revision.
        commission.get(base + "login");
        type(commission, "loginForm:username", DemoData.COMMISSION_MEMBER);
        type(commission, "loginForm:password", DemoData.PASSWORD);
        click(commission, "loginForm:signIn");
        waitIn(commission).until(ExpectedConditions.urlContains("staff"));
        commission.get(base + "moderation/queue");
        commission.findElement(By.linkText(TITLE)).click();
        click(commission, "startForm:startReview");
        waitIn(commission).until(ExpectedConditions.textToBe(By.id("status"), "На розгляді"));
        click(commission, "reviewForm:decision:1");
        type(commission, "reviewForm:commentToAuthor", "Додайте, будь ласка, урни біля кожної лавки.");
        type(commission, "reviewForm:internalNote", "Перевірити право власності на ділянку.");
        screenshot(commission, "review");
        click(commission, "reviewForm:decide");
        waitIn(commission).until(ExpectedConditions.textToBe(By.id("status"), "Потребує доопрацювання"));

        // The resident sees the request in the app, revises and resubmits.
        resident.get(base + "proposal/my");
        assertTrue(resident.findElement(By.id("myProjects")).getText().contains("урни біля кожної лавки"));
        resident.get(base + "proposal/edit?id=" + projectId);
        assertTrue(resident.findElement(By.id("revisionRequest")).getText().contains("урни"));
        step(resident, 1);
        type(resident, "projectForm:solution", "Встановити десять лавок, біля кожної — урну.");
        step(resident, 5);
        click(resident, "projectForm:submit");
        waitIn(resident).until(ExpectedConditions.urlContains("proposal/project"));
        assertEquals("Подано повторно", resident.findElement(By.id("status")).getText());

        // The commission accepts it.
        commission.get(base + "moderation/review?id=" + projectId);
        click(commission, "startForm:startReview");
        waitIn(commission).until(ExpectedConditions.textToBe(By.id("status"), "На розгляді"));
        for (String check : List.of("complete", "legal", "withinPowers", "onPublicLand", "costRealistic")) {
            click(commission, "reviewForm:" + check);
        }
        click(commission, "reviewForm:decision:0");
        click(commission, "reviewForm:decide");
        waitIn(commission).until(ExpectedConditions.textToBe(By.id("status"), "Допущено до голосування"));

        // The public catalogue shows it accepted; its page shows the history, not the private contacts or notes.
        WebDriver visitor = browser();
        try {
            visitor.get(base + "proposal/catalogue?cycle=" + cycleId + "&status=ACCEPTED");
            WebElement card = visitor.findElement(By.linkText(TITLE));
            screenshot(visitor, "catalogue");
            card.click();
            assertEquals("Допущено до голосування", visitor.findElement(By.id("status")).getText());
            String page = visitor.getPageSource();
            assertTrue(page.contains("&lt;script&gt;alert('x')&lt;/script&gt;") || page.contains("&lt;script&gt;alert(&#39;x&#39;)"),
                    "script shown escaped");
            assertFalse(page.contains(AUTHOR_EMAIL), "private contact hidden");
            assertFalse(page.contains("Перевірити право власності"), "internal note hidden");
            assertTrue(visitor.findElement(By.id("history")).getText().contains("урни біля кожної лавки"));
            assertEquals(1, visitor.findElements(By.cssSelector("#photos img")).size());
            screenshot(visitor, "project-page");
        } finally {
            visitor.quit();
        }

        // The author got both decisions by e-mail.
        assertTrue(mail.waitForIncomingEmail(30_000, 2), "two e-mails to the author");
        List<MimeMessage> toAuthor = Arrays.stream(mail.getReceivedMessages()).filter(message -> sentTo(message, AUTHOR_EMAIL)).toList();
        assertEquals(2, toAuthor.size());
        assertTrue(((String) toAuthor.get(0).getContent()).contains("урни біля кожної лавки"));
        assertTrue(((String) toAuthor.get(1).getContent()).contains("допущено до голосування"));
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
