package ua.uchast.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;

/**
 * Walks the platform on demo data of its own in one phone-sized browser (390 px), as nobody, as a resident signed in
 * through the demo identity provider, and as each staff role: follows every link, submits every form with empty,
 * over-long, wrong-type and hostile values, tries malformed addresses, and fails on any server error, {@code ???key???},
 * English sentence on a Ukrainian page, stack trace, page wider than the phone, or serious or critical axe-core
 * violation. Bounded: at most {@value #PER_PATH} pages of one address pattern, {@value #PAGES_PER_ROLE} per role;
 * malformed addresses as nobody and as the administrator.
 * Sign-out links and the actions that cannot be taken back (publishing or deleting a cycle) are left alone.
 */
class SiteCrawlerIT {

    private static final int PAGES_PER_ROLE = 30;
    private static final int PER_PATH = 1;
    private static final int PHONE_WIDTH = 390;
    private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?\\?[\\w.-]+\\?\\?\\?");
    private static final Pattern STACK_TRACE = Pattern.compile("(\\bat (ua|java|jakarta|org|com)\\.[\\w.$]+\\(|Caused by: |"
            + "\\b\\w+(Exception|Error): |HTTP Status 500)");
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z][a-z']+(?:[ ,;:]+[A-Za-z][a-z']+){3,}\\b");
    private static final Set<String> ENGLISH_ALLOWED = Set.of("OpenStreetMap contributors");
    private static final Pattern SKIPPED_LINK = Pattern.compile("[?&]lang=|/files/|/tally/admin/export|/cycle/admin/draft|"
            + "/identity/callback|/sign-?out|/logout");
    private static final Set<String> UNTOUCHED_BUTTONS = Set.of("signOut", "publish", "delete", "decline", "withdraw");
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>\"'><img src=x onerror=alert(1)>",
            "' OR '1'='1' --", "../../../../etc/passwd", "${7*7}#{7*7}", "%00\u0000\u202e");
    private static final String OVER_LONG = "Дуже довгий текст ".repeat(400);
    private static final List<String> MALFORMED = List.of("proposal/catalogue", "proposal/catalogue?cycle=abc",
            "proposal/catalogue?cycle=-1", "proposal/catalogue?cycle=999999999", "proposal/catalogue?cycle=1&page=abc",
            "proposal/catalogue?cycle=1&page=999", "proposal/catalogue?cycle=1&page=-1", "proposal/catalogue?cycle=1&sort=EVIL",
            "proposal/catalogue?cycle=1&status=EVIL&category=x&territory=-4", "proposal/project?id=abc",
            "proposal/project?id=-7", "proposal/project?id=999999999", "proposal/project", "cycle/view?id=abc",
            "cycle/view?id=-1", "cycle/view?id=99999999999999999999", "community/hromada?slug=%27%22%3E%3Cscript%3E",
            "community/hromada", "moderation/review?id=abc", "moderation/review?id=999999", "moderation/queue?cycle=abc&status=EVIL",
            "cycle/admin/edit?id=abc", "cycle/admin/edit?id=999999", "cycle/admin/draft?id=abc", "tally/admin/tally?id=abc",
            "tally/admin/tally?id=99999", "tally/admin/export?id=abc&category=x", "audit/admin/log?page=999",
            "audit/admin/log?page=abc&from=31.02.2028&to=xyz&actor=%3Cscript%3E", "proposal/edit?cycle=abc",
            "proposal/edit?id=-1", "identity/sign-in-problem?problem=EVIL", "api/hromadas/%3Cscript%3E", "no/such/page",
            "voting/ballot?cycle=abc", "voting/ballot?cycle=999999", "voting/admin/signed-ballots?cycle=abc",
            "voting/staff/paper-form?cycle=-1", "voting/operator/paper?cycle=999999", "voting/receipt?code=%3Cscript%3E",
            "jakarta.faces.resource/../WEB-INF/web.xml", "WEB-INF/web.xml");

    /**
     * Problems found on pages other components own, reported to them and printed here on every run rather than failing
     * it: {address pattern, what the problem says}.
     */
    private static final List<List<String>> KNOWN_ELSEWHERE = List.of();

    private static String url;
    private static Browser browser;
    private static final List<String> problems = new ArrayList<>();
    private static final Set<String> visited = new LinkedHashSet<>();
    private static final Set<String> axeChecked = new java.util.HashSet<>();
    private static int forms;

    @BeforeAll
    static void start() {
        url = TestServices.separatePlatformUrl();
        browser = Browser.open(url);
        browser.driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        TestServices.stopSeparatePlatform();
    }

    @Test
    void everyPageAndFormAnswersWithoutErrorsKeysStackTracesOverflowOrSeriousAccessibilityFaults() {
        Instant started = Instant.now();
        crawlAs("nobody", true, () -> { });
        crawlAs("resident", false, SiteCrawlerIT::signInAsResident);
        crawlAs(CommunityDemo.ADMINISTRATORS.get(0), true, () -> browser.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD));
        crawlAs(CommunityDemo.COMMISSION_MEMBER, false, () -> browser.signIn(CommunityDemo.COMMISSION_MEMBER, CommunityDemo.PASSWORD));
        crawlAs(CommunityDemo.OPERATOR, false, () -> browser.signIn(CommunityDemo.OPERATOR, CommunityDemo.PASSWORD));
        crawlAs(CommunityDemo.EXECUTOR, false, () -> browser.signIn(CommunityDemo.EXECUTOR, CommunityDemo.PASSWORD));
        System.out.printf("Crawler: %d pages and %d form submissions in %d s (%d addresses with axe-core)%n", visited.size(),
                forms, Duration.between(started, Instant.now()).toSeconds(), axeChecked.size());
        visited.forEach(page -> System.out.println("  visited " + page));
        List<String> known = problems.stream().filter(SiteCrawlerIT::isKnownElsewhere).toList();
        known.forEach(problem -> System.out.println("  known, owned elsewhere: " + problem));
        problems.removeAll(known);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problems:\n" + String.join("\n", problems));
    }

    private static boolean isKnownElsewhere(String problem) {
        return KNOWN_ELSEWHERE.stream().anyMatch(known -> problem.contains(known.get(0)) && problem.contains(known.get(1)));
    }

    private static void crawlAs(String role, boolean malformedAddressesToo, Runnable signIn) {
        browser.driver().manage().deleteAllCookies();
        browser.visit("");
        signIn.run();
        Deque<String> queue = new ArrayDeque<>(List.of("", "staff/", "identity/resident/", "proposal/my"));
        Map<String, Integer> perPath = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>(queue);
        int pages = 0;
        while (!queue.isEmpty() && pages < PAGES_PER_ROLE) {
            String path = queue.poll();
            String pattern = pattern(path);
            if (perPath.merge(pattern, 1, Integer::sum) > PER_PATH) {
                continue;
            }
            if (!open(role, path)) {
                continue;
            }
            pages++;
            for (String link : links()) {
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
            if (perPath.get(pattern) == 1) {
                submitFormsOn(role, path);
            }
        }
        if (malformedAddressesToo) {
            for (String path : MALFORMED) {
                open(role, path);
            }
        }
    }

    /** Opens a page of the platform and checks it; false if it was not one (a redirect to the identity provider). */
    private static boolean open(String role, String path) {
        browser.visit(path);
        if (!browser.driver().getCurrentUrl().startsWith(url)) {
            return false;
        }
        visited.add(role + " " + path);
        check(role, path, "");
        return true;
    }

    private static void check(String role, String path, String after) {
        WebDriver driver = browser.driver();
        String place = role + " " + path + after + ": ";
        String text = driver.findElement(By.tagName("body")).getText();
        String source = driver.getPageSource();
        if (text.contains("Щось пішло не так") || text.contains("Something went wrong") || text.contains("HTTP Status 5")) {
            problems.add(place + "server error");
        }
        Matcher key = MISSING_KEY.matcher(source);
        if (key.find()) {
            problems.add(place + "missing text " + key.group());
        }
        Matcher trace = STACK_TRACE.matcher(text);
        if (trace.find()) {
            problems.add(place + "stack trace " + trace.group());
        }
        if ("uk".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
            Matcher english = ENGLISH_SENTENCE.matcher(text);
            while (english.find()) {
                if (ENGLISH_ALLOWED.stream().noneMatch(english.group()::contains)) {
                    problems.add(place + "English on a Ukrainian page: \"" + english.group() + "\"");
                }
            }
        }
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        if (overflow.intValue() > 1) {
            problems.add(place + "wider than a " + PHONE_WIDTH + " px phone by " + overflow + " px: " + widest());
        }
        String axeKey = pattern(path) + (after.isEmpty() ? "" : " (a form sent)");
        if (isOurPage(driver) && axeChecked.add(axeKey)) {
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
            for (Rule violation : results.getViolations()) {
                if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                    problems.add(place + "axe " + violation.getImpact() + " " + violation.getId() + ": "
                            + violation.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                                    .toList());
                }
            }
        }
    }

    /** A page of the platform's template, not JSON or the server's own "moved" or error text. */
    private static boolean isOurPage(WebDriver driver) {
        return !driver.findElements(By.id("main")).isEmpty();
    }

    private static String widest() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "var w=null;document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();"
                        + "if(r.right>window.innerWidth+1&&(!w||r.right>w.r)){w={r:r.right,t:e.tagName+(e.id?'#'+e.id:'')"
                        + "+(e.className&&e.className.baseVal===undefined?'.'+e.className:'')};}});return w&&w.t;"));
    }

    /** Same-site links of the page, relative to the platform, without those the crawler leaves alone. */
    private static List<String> links() {
        List<String> links = new ArrayList<>();
        for (WebElement anchor : browser.driver().findElements(By.cssSelector("a[href]"))) {
            String href = anchor.getAttribute("href");
            if (href == null || !href.startsWith(url) || SKIPPED_LINK.matcher(href).find()) {
                continue;
            }
            String path = href.substring(url.length()).replaceFirst("#.*$", "");
            links.add(path);
        }
        return links;
    }

    /** "proposal/project?id=12" → "proposal/project?id": pages of one address pattern count together. */
    private static String pattern(String path) {
        URI uri = URI.create(url).resolve(path.isEmpty() ? "." : path);
        Set<String> names = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                names.add(parameter.split("=", 2)[0]);
            }
        }
        return uri.getPath() + (names.isEmpty() ? "" : "?" + String.join("&", names));
    }

    private static void submitFormsOn(String role, String path) {
        List<String> formIds = browser.driver().findElements(By.cssSelector("main form")).stream()
                .map(form -> form.getAttribute("id")).filter(id -> id != null && !id.isEmpty()).toList();
        for (String formId : formIds) {
            for (Variant variant : Variant.values()) {
                browser.visit(path);
                if (!submit(formId, variant)) {
                    break;
                }
                forms++;
                check(role, path, " [" + formId + " " + variant + "]");
            }
        }
    }

    private enum Variant { EMPTY, OVER_LONG, WRONG_TYPE, HOSTILE }

    /** Fills the form's fields for the variant and presses its first button that may be pressed; false if none. */
    private static boolean submit(String formId, Variant variant) {
        List<WebElement> found = browser.driver().findElements(By.id(formId));
        if (found.isEmpty()) {
            return false;
        }
        WebElement form = found.get(0);
        List<WebElement> buttons = form.findElements(By.cssSelector("button[type=submit], input[type=submit], button:not([type])"))
                .stream().filter(WebElement::isDisplayed).filter(button -> UNTOUCHED_BUTTONS.stream()
                        .noneMatch(String.valueOf(button.getAttribute("id"))::contains)).toList();
        if (buttons.isEmpty()) {
            return false;
        }
        int field = 0;
        for (WebElement input : form.findElements(By.cssSelector("input:not([type=hidden]):not([type=submit]):not([type=button])"
                + ":not([type=checkbox]):not([type=radio]):not([type=file]), textarea"))) {
            if (input.isEnabled() && input.getAttribute("readonly") == null) {
                ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
                        value(variant, field++, input.getAttribute("id")));
            }
        }
        WebElement html = browser.driver().findElement(By.tagName("html"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", buttons.get(0));
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(html));
        } catch (org.openqa.selenium.TimeoutException ajaxOnly) {
            // an ajax button: the page stays, its update is checked as it is
        }
        return true;
    }

    private static String value(Variant variant, int index, String id) {
        return switch (variant) {
            case EMPTY -> "";
            case OVER_LONG -> OVER_LONG;
            case WRONG_TYPE -> id != null && id.endsWith("_input") ? "31.02.2028" : index % 2 == 0 ? "abc" : "-12,5e99";
            case HOSTILE -> HOSTILE.get(index % HOSTILE.size());
        };
    }

    private static void signInAsResident() {
        browser.visit("identity/resident/");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.id("signIn")));
        browser.clickAndWait("signIn");
    }
}
