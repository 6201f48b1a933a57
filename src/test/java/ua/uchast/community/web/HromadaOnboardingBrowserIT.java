package ua.uchast.community.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import ua.uchast.community.cli.CreateOperatorCommand;
import ua.uchast.community.control.Totp;
import ua.uchast.testsupport.Browser;
import ua.uchast.testsupport.TestServices;

/**
 * Issue 11's "done when": a platform operator (created by the command) opens a hromada with its administrator; the
 * administrator signs in with the one-time password, must choose their own, sets up the second factor (a replayed
 * code is refused), and plans a cycle. Screenshots onboarding-*.png.
 */
class HromadaOnboardingBrowserIT {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})");

    @Test
    void anOperatorOpensAHromadaWhoseAdministratorSecuresTheAccountAndPlansACycle() {
        String url = TestServices.platformUrl();
        String operatorPassword = createOperator("platform.operator");
        try (Browser browser = Browser.open(url)) {
            browser.steps("onboarding", () -> {
                firstSignIn(browser, "platform.operator", operatorPassword, "operator");

                browser.clickAndWait("hromadasLink");
                browser.screenshot("onboarding-05-hromadas");
                browser.clickAndWait("newHromada");
                browser.type("hromadaForm:nameUk", "Яблунівська громада").type("hromadaForm:nameEn", "Yablunivka hromada")
                        .type("hromadaForm:slug", "login").type("hromadaForm:settlements", "с. Яблунівка\nс. Грушівка")
                        .type("hromadaForm:administratorUsername", "yablunivka.admin")
                        .type("hromadaForm:administratorFullName", "Галина Садова")
                        .type("hromadaForm:administratorEmail", "admin@yablunivka.example");
                browser.clickAndWait("hromadaForm:open");
                assertTrue(browser.text().contains("Ця адреса зарезервована"), browser.text());
                browser.screenshot("onboarding-06-reserved-address-refused");
                browser.type("hromadaForm:slug", "yablunivka").clickAndWait("hromadaForm:open");
                String opened = browser.text();
                assertTrue(opened.contains("Громаду «Яблунівська громада» відкрито"), opened);
                Matcher adminPassword = ONE_TIME_PASSWORD.matcher(opened);
                assertTrue(adminPassword.find(), opened);
                assertTrue(browser.find("#hromadas").getText().contains("Яблунівська громада"));
                browser.screenshot("onboarding-07-hromada-opened");
                browser.clickAndWait("signOutForm:signOut");

                String adminCode = firstSignIn(browser, "yablunivka.admin", adminPassword.group(1), "admin");
                List<String> recoveryCodes = browser.driver().findElements(By.cssSelector("#recoveryCodes li")).stream()
                        .map(item -> item.getText().strip()).toList();
                browser.clickAndWait("continue").clickAndWait("signOutForm:signOut");

                browser.signIn("yablunivka.admin", "груша-велосипед-липень-1");
                assertTrue(browser.driver().getCurrentUrl().endsWith("/second-factor"), browser.driver().getCurrentUrl());
                browser.type("codeForm:code", adminCode).clickAndWait("codeForm:confirm");
                assertTrue(browser.text().contains("Цей код уже використано"), "a code used once is refused: " + browser.text());
                browser.screenshot("onboarding-11-code-replay-refused");
                browser.type("codeForm:code", recoveryCodes.get(0)).clickAndWait("codeForm:confirm");
                assertTrue(browser.text().contains("Галина Садова"), browser.text());

                browser.clickAndWait("cyclesLink").clickAndWait("newCycle");
                Map<String, String> cycle = Map.ofEntries(Map.entry("title", "Бюджет участі Яблунівки 2031"),
                        Map.entry("year", "2031"), Map.entry("totalBudget", "500 000"),
                        Map.entry("submissionStart_input", "01.02.2031"), Map.entry("submissionEnd_input", "01.03.2031"),
                        Map.entry("reviewEnd_input", "01.04.2031"), Map.entry("votingStart_input", "01.05.2031"),
                        Map.entry("votingEnd_input", "15.05.2031"), Map.entry("resultsDate_input", "01.06.2031"),
                        Map.entry("implementationStart_input", "01.07.2031"), Map.entry("categories:0:name", "Усі проєкти"),
                        Map.entry("categories:0:budget", "500 000"), Map.entry("categories:0:minCost", "10 000"),
                        Map.entry("categories:0:maxCost", "200 000"));
                cycle.forEach((field, value) -> browser.type("cycleForm:" + field, value));
                browser.clickAndWait("cycleForm:save");
                assertTrue(browser.text().contains("Бюджет участі «Бюджет участі Яблунівки 2031» створено"), browser.text());
                browser.screenshot("onboarding-12-cycle-planned");
            });
        }
    }

    /**
     * Signs in with a one-time password, chooses a password and sets up the second factor as required; returns the
     * code that confirmed it (used up from then on). Ends on the staff desk's way, with the recovery codes shown.
     */
    private static String firstSignIn(Browser browser, String username, String oneTimePassword, String who) {
        browser.signIn(username, oneTimePassword);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/staff/password"), "a one-time password must be replaced first: "
                + browser.driver().getCurrentUrl());
        assertTrue(browser.text().contains("одноразовим паролем"), browser.text());
        browser.screenshot("onboarding-01-" + who + "-must-change-password");
        browser.type("passwordForm:currentPassword", oneTimePassword).type("passwordForm:newPassword", "password1234")
                .type("passwordForm:repeatedPassword", "password1234").clickAndWait("passwordForm:change");
        assertTrue(browser.text().contains("найчастіше обирають"), "a common password is refused: " + browser.text());
        browser.type("passwordForm:currentPassword", oneTimePassword)
                .type("passwordForm:newPassword", "груша-велосипед-липень-1")
                .type("passwordForm:repeatedPassword", "груша-велосипед-липень-1").clickAndWait("passwordForm:change");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/staff/second-factor"), "then the second factor: "
                + browser.driver().getCurrentUrl());
        browser.screenshot("onboarding-02-" + who + "-second-factor-setup");
        String secret = browser.find("#totpSecret").getText().replace(" ", "");
        browser.type("setupForm:code", "000000").clickAndWait("setupForm:confirm");
        assertTrue(browser.text().contains("Код неправильний"), browser.text());
        String code = Totp.code(secret, Totp.stepAt(Instant.now()));
        browser.type("setupForm:code", code).clickAndWait("setupForm:confirm");
        assertTrue(browser.text().contains("Ваші резервні коди"), browser.text());
        assertEquals(10, browser.driver().findElements(By.cssSelector("#recoveryCodes li")).size());
        browser.screenshot("onboarding-03-" + who + "-recovery-codes");
        if (who.equals("operator")) {
            browser.clickAndWait("continue");
            browser.screenshot("onboarding-04-operator-desk");
        }
        return code;
    }

    private static String createOperator(String username) {
        Map<String, String> environment = TestServices.database(TestServices.PLATFORM_DATABASE).asEnvironment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CreateOperatorCommand(environment::get).run(List.of("--username", username, "--full-name",
                "Тарас Оператор"), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
                        StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        Matcher password = ONE_TIME_PASSWORD.matcher(printed);
        assertTrue(password.find(), printed);
        return password.group(1);
    }
}
