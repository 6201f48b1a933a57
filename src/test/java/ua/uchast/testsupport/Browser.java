package ua.uchast.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium. The packages' binaries are named explicitly, so Selenium Manager
 * downloads nothing; screenshots go to target/screenshots/.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String baseUrl;
    private final Path downloads;

    private Browser(WebDriver driver, String baseUrl, Path downloads) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.downloads = downloads;
    }

    public static Browser open(String baseUrl) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        Path downloads;
        try {
            downloads = Files.createTempDirectory(Files.createDirectories(TestServices.build().targetDir().resolve("downloads")), "browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,1800", "--lang=uk");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new Browser(new ChromeDriver(service, options), baseUrl, downloads);
    }

    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(String cssSelector) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
    }

    public Browser type(String id, String text) {
        WebElement field = find("[id='" + id + "']");
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Clicks and waits until the page that follows has replaced the current one. Chromium sometimes answers a question
     * about the old page's element with "node does not belong to the document" rather than "stale": that means gone too.
     */
    public Browser clickAndWait(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        find("[id='" + id + "']").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(current -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException answered) {
                return answered.getMessage() != null && answered.getMessage().contains("does not belong to the document");
            }
        });
        return this;
    }

    /**
     * At the demo identity provider's page: signs in as the resident described (tax number, birth date as yyyy-MM-dd,
     * address) and waits until the browser has left the provider.
     */
    public Browser signInAtTheDemoProvider(String name, String taxNumber, String birthDate, String address) {
        find("#demoNotice");
        for (String[] field : new String[][] {{"name", name}, {"taxNumber", taxNumber}, {"birthDate", birthDate}, {"address", address}}) {
            WebElement input = driver.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        String provider = driver.getCurrentUrl();
        driver.findElement(By.id("signIn")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(current -> !current.getCurrentUrl().equals(provider));
        return this;
    }

    /** The content of the file the browser downloads next (waits for it). */
    public byte[] downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(current -> Files.isRegularFile(file));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriver driver() {
        return driver;
    }

    public Path screenshot(String name) {
        try {
            Path target = TestServices.build().targetDir().resolve("screenshots").resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the steps; if one fails, the page as it was is saved as {@code failure-NAME.png} before the error goes on. */
    public void steps(String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError failure) {
            screenshot("failure-" + name);
            throw failure;
        }
    }

    public Browser signIn(String username, String password) {
        visit("login");
        type("loginForm:username", username).type("loginForm:password", password);
        return clickAndWait("loginForm:signIn");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
