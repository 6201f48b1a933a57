package ua.uchast.identity.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.openqa.selenium.support.ui.WebDriverWait;

import ua.uchast.testsupport.TestServices;

/**
 * Resident sign-in end to end: the platform under test against the demo OpenID Connect provider on loopback, in a
 * headless browser for the redirect flow and over plain HTTP for the callbacks a provider (or an attacker) might send.
 */
class ResidentSignInIT {

    private static String base;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        base = TestServices.platformUrl();
        ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium").addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build(), options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentSignsInAtTheDemoProviderAndSeesWhatTheyMayDo() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(base + "identity/resident/");
        waitFor(By.id("demoNotice"));
        assertTrue(browser.findElement(By.id("demoNotice")).getText().contains("not BankID"));
        fillDemoResident("Марія Тестова", "3300912347", "1990-05-17", "Київська обл., м. Вишневе, вул. Святошинська, 12");
        screenshot("resident-demo-provider");
        browser.findElement(By.id("signIn")).click();

        waitFor(By.id("residentName"));
        assertTrue(browser.getCurrentUrl().startsWith(base + "identity/resident/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("residentName")).getText().contains("Марія Тестова"));
        String standings = browser.findElement(By.id("standings")).getText();
        assertTrue(standings.contains("Вишнева"), standings);
        screenshot("resident-signed-in");

        browser.findElement(By.id("residentForm:signOut")).click();
        waitFor(By.id("residentSignIn"));
    }

    @Test
    void aTaxNumberWithAWrongCheckDigitIsRefusedWithAClearMessage() throws IOException {
        signInWithAWrongCheckDigit();
        assertTrue(browser.getCurrentUrl().contains("problem=invalid-tax-number"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("problem")).getText().contains("контрольна цифра"));
        screenshot("resident-invalid-tax-number");
    }

    @Test
    void decliningAtTheProviderEndsOnAClearMessage() throws IOException {
        openTheDemoProvider();
        browser.findElement(By.id("decline")).click();
        waitFor(By.id("problem"));
        assertTrue(browser.getCurrentUrl().contains("problem=denied"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("problem")).getText().contains("відмовилися"));
        screenshot("resident-declined");
    }

    @Test
    void aRefusedOrDeclinedSignInLeavesNothingBehindThatBlocksTheNextOne() throws IOException {
        signInWithAWrongCheckDigit();

        browser.findElement(By.id("tryAgain")).click();
        waitFor(By.id("demoNotice"));
        browser.findElement(By.id("decline")).click();
        waitFor(By.id("problem"));
        assertTrue(browser.getCurrentUrl().contains("problem=denied"), browser.getCurrentUrl());

        browser.findElement(By.id("tryAgain")).click();
        waitFor(By.id("demoNotice"));
        fillDemoResident("Марія Повторна", "3300912347", "1990-05-17", "Київська обл., м. Вишневе, вул. Святошинська, 12");
        browser.findElement(By.id("signIn")).click();
        waitFor(By.cssSelector("#residentName, #problem"));
        assertTrue(browser.getCurrentUrl().startsWith(base + "identity/resident/"), "the same browser signs in after two "
                + "refusals, not " + browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("residentName")).getText().contains("Марія Повторна"));
        screenshot("resident-signed-in-after-refusals");
    }

    @Test
    void signingOutEndsTheSessionVisibly() throws IOException {
        signInAsTheDemoResident();
        String sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();

        browser.findElement(By.id("residentForm:signOut")).click();
        waitFor(By.id("residentSignIn"));
        assertFalse(browser.findElement(By.tagName("body")).getText().contains("Щось пішло не так"),
                "signing out shows no error page");
        assertEquals(base, browser.getCurrentUrl(), "signing out lands on the home page");
        assertEquals("Вхід для мешканців", browser.findElement(By.id("residentSignIn")).getText(),
                "the header no longer offers “Моя участь”");
        screenshot("resident-signed-out");
        assertTrue(browser.manage().getCookieNamed("JSESSIONID") == null
                || !sessionBefore.equals(browser.manage().getCookieNamed("JSESSIONID").getValue()), "the session is gone");

        browser.get(base + "identity/resident/");
        waitFor(By.id("demoNotice"));
        assertTrue(browser.getCurrentUrl().startsWith(TestServices.identityProvider().issuer()),
                "the resident page asks to sign in again");
    }

    @Test
    void theSessionIdChangesWhenAResidentHasSignedIn() throws Exception {
        openTheDemoProvider();
        String duringSignIn = browser.manage().getCookieNamed("JSESSIONID").getValue();
        signInThere();
        assertNotEquals(duringSignIn, browser.manage().getCookieNamed("JSESSIONID").getValue(),
                "a session id seen before signing in (say, planted by someone else) is not the signed-in one");
    }

    @Test
    void aDeniedConsentOnTheCallbackShowsTheMessagePage() throws Exception {
        Session session = new Session();
        String state = session.startSignIn();
        HttpResponse<String> callback = session.get("identity/callback?error=access_denied&state=" + state);
        assertProblemPage(session, callback, "denied");
    }

    @Test
    void aWrongStateIsRefused() throws Exception {
        Session session = new Session();
        session.startSignIn();
        HttpResponse<String> callback = session.get("identity/callback?code=some-code&state=not-the-state-we-sent");
        assertProblemPage(session, callback, "failed");
    }

    @Test
    void anExpiredOrInvalidCodeIsRefused() throws Exception {
        Session session = new Session();
        String state = session.startSignIn();
        HttpResponse<String> callback = session.get("identity/callback?code=expired-or-made-up&state=" + state);
        assertProblemPage(session, callback, "failed");
    }

    @Test
    void staffPagesStillAskForTheStaffSignIn() throws Exception {
        HttpResponse<String> desk = new Session().get("staff/");
        assertEquals(302, desk.statusCode());
        assertTrue(desk.headers().firstValue("Location").orElseThrow().endsWith("/login"), desk.headers().toString());
    }

    /** The callback redirects to the problem page, which renders its message (its wording is checked in the browser tests). */
    private static void assertProblemPage(Session session, HttpResponse<String> callback, String problem) throws Exception {
        assertEquals(302, callback.statusCode(), callback.body());
        String location = callback.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/identity/sign-in-problem?problem=" + problem), location);
        HttpResponse<String> page = session.get(location.substring(location.indexOf("identity/")));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"problem\""), page.body());
        assertFalse(page.body().contains("java.lang."), "no stack trace on the page");
    }

    private static void openTheDemoProvider() {
        browser.manage().deleteAllCookies();
        browser.get(base + "identity/resident/");
        waitFor(By.id("demoNotice"));
    }

    /** At the demo provider: signs in as the prefilled resident of Vyshneve and waits for their page. */
    private static void signInThere() {
        fillDemoResident("Марія Тестова", "3300912347", "1990-05-17", "Київська обл., м. Вишневе, вул. Святошинська, 12");
        browser.findElement(By.id("signIn")).click();
        waitFor(By.id("residentName"));
    }

    private static void signInWithAWrongCheckDigit() {
        openTheDemoProvider();
        fillDemoResident("Неправильний Номер", "3300912340", "", "м. Вишневе");
        browser.findElement(By.id("signIn")).click();
        waitFor(By.id("problem"));
    }

    private static void signInAsTheDemoResident() {
        openTheDemoProvider();
        signInThere();
    }

    private static void fillDemoResident(String name, String taxNumber, String birthDate, String address) {
        Map.of("name", name, "taxNumber", taxNumber, "birthDate", birthDate, "address", address).forEach((id, value) -> {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(value);
        });
    }

    private static void waitFor(By element) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private static void screenshot(String name) throws IOException {
        Path target = TestServices.build().targetDir().resolve("screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Plain HTTP with the session cookie carried by hand (it is Secure, which java.net.CookieManager keeps off http). */
    private static final class Session {

        private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private String cookie;

        HttpResponse<String> get(String path) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(header -> cookie = header.substring(0, header.indexOf(';')));
            return response;
        }

        /** Opens a resident page; returns the state the platform sent to the provider. */
        String startSignIn() throws Exception {
            HttpResponse<String> response = get("identity/resident/");
            String location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(response));
            assertTrue(location.startsWith(TestServices.identityProvider().issuer()), location);
            Map<String, String> query = Arrays.stream(URI.create(location).getRawQuery().split("&"))
                    .map(pair -> pair.split("=", 2)).collect(Collectors.toMap(pair -> pair[0],
                            pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (first, second) -> first));
            return query.get("state");
        }
    }
}
