package ua.uchast.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/** The built WAR on a real Payara Micro with demo data, spoken to over HTTP as a browser without JavaScript would. */
class PlatformHttpIT {

    private static final Pattern SAME_SITE = Pattern.compile("SameSite=(\\w+)");
    private static final Pattern CYCLE_ID = Pattern.compile("/cycle/(?:view|admin/edit)\\?id=(\\d+)");
    private static String url;

    @BeforeAll
    static void platform() {
        url = TestServices.platformUrl();
    }

    private static WebClient visitor() {
        return new WebClient(url);
    }

    private static WebClient signedIn(String username) {
        WebClient client = visitor();
        Page desk = client.signIn(username, CommunityDemo.PASSWORD);
        assertEquals(200, desk.status());
        assertTrue(desk.uri().getPath().startsWith("/staff"), () -> "signed in lands on the staff desk, not " + desk.uri());
        return client;
    }

    private static HttpHeaders overHttp11(String path) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(URI.create(url).resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
                    .headers();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> cycleIdsOn(Page page) {
        Matcher matcher = CYCLE_ID.matcher(page.body());
        return matcher.results().map(match -> match.group(1)).collect(Collectors.toSet());
    }

    @Test
    void theHomePageListsTheDemoHromadasInUkrainianThenEnglish() {
        WebClient client = visitor();
        Page home = client.get("");
        assertEquals(200, home.status());
        assertTrue(home.contains("lang=\"uk\""));
        assertTrue(home.contains("Вишнева громада") && home.contains("Калинівська громада"));
        assertTrue(home.contains("Подання проєктів"), "Vyshneva's newest cycle takes proposals");
        assertTrue(home.contains("Голосування"), "and its current cycle is open for voting: both are shown");
        assertTrue(home.contains("Розгляд проєктів"), "Myrne's newest cycle is under review");

        Page english = client.get("?lang=en");
        assertTrue(english.contains("lang=\"en\""));
        assertTrue(english.contains("Vyshneva hromada") && english.contains("Proposals"));
    }

    @Test
    void unknownAddressesGiveTheNotFoundPageNotAStackTrace() {
        for (String path : new String[] {"community/hromada?slug=no-such-hromada", "cycle/view?id=999999",
                "cycle/view?id=abc", "cycle/view", "no/such/page"}) {
            Page page = visitor().get(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.contains("Сторінку не знайдено"), path);
            assertFalse(page.contains("java.lang.") || page.contains("at ua.uchast"), path);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameWords() {
        Page wrongPassword = visitor().signIn(CommunityDemo.ADMINISTRATORS.get(0), "not-the-password");
        Page unknownUser = visitor().signIn("nobody.here", "not-the-password");
        String message = "Неправильне ім’я користувача або пароль.";
        assertTrue(wrongPassword.contains(message), wrongPassword.body());
        assertTrue(unknownUser.contains(message));
        assertEquals(wrongPassword.status(), unknownUser.status());
        assertTrue(wrongPassword.uri().getPath().startsWith("/login"));
    }

    @Test
    void repeatedFailuresAreSlowedDownEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            visitor().signIn(CommunityDemo.OPERATOR, "guess-" + i);
        }
        Page refused = visitor().signIn(CommunityDemo.OPERATOR, CommunityDemo.PASSWORD);
        assertTrue(refused.contains("Забагато невдалих спроб"), refused.body());
        assertTrue(refused.uri().getPath().startsWith("/login"));
    }

    @Test
    void theSessionIdChangesAtSignInAndTheCookieIsHardened() {
        WebClient client = visitor();
        Page login = client.get("login");
        String before = client.cookie("JSESSIONID").orElseThrow();
        String setCookie = login.response().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("Secure") && setCookie.contains("SameSite=Lax"),
                setCookie);
        // Over HTTP/1.1, as a browser asks a plain-HTTP server, and over h2c, as this test's client does: the
        // application's own SameSite came on top of the listener's. Payara doubles it on the session cookie by itself
        // (its issue 7254), so there only the value is checked.
        List<String> cookies = Stream.concat(Stream.of(setCookie), Stream.of("login", "?lang=en")
                .flatMap(path -> overHttp11(path).allValues("Set-Cookie").stream())).toList();
        assertTrue(cookies.stream().anyMatch(cookie -> cookie.startsWith("JSESSIONID="))
                && cookies.stream().anyMatch(cookie -> cookie.startsWith("uchast_lang=")), cookies.toString());
        for (String cookie : cookies) {
            List<String> sameSite = SAME_SITE.matcher(cookie).results().map(m -> m.group(1)).toList();
            assertTrue(!sameSite.isEmpty() && sameSite.stream().allMatch("Lax"::equals), () -> "SameSite=Lax: " + cookie);
            assertTrue(cookie.startsWith("JSESSIONID=") || sameSite.size() == 1, () -> "one SameSite attribute: " + cookie);
        }
        client.submit(login, "loginForm", "signIn", Map.of("loginForm:username", CommunityDemo.ADMINISTRATORS.get(0),
                "loginForm:password", CommunityDemo.PASSWORD));
        assertNotEquals(before, client.cookie("JSESSIONID").orElseThrow());
        assertTrue(client.get("staff/").contains("Олена Коваль"));
        assertEquals("DENY", login.response().headers().firstValue("X-Frame-Options").orElseThrow());
    }

    @Test
    void staffPagesAskVisitorsToSignIn() {
        for (String path : new String[] {"staff/", "cycle/admin/cycles", "cycle/admin/edit", "community/admin/staff",
                "audit/admin/log"}) {
            HttpResponse<String> response = visitor().getWithoutFollowing(path);
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login"), path);
        }
    }

    @Test
    void aCommissionMemberIsRefusedTheAdministratorsPages() {
        WebClient commission = signedIn(CommunityDemo.COMMISSION_MEMBER);
        for (String path : new String[] {"cycle/admin/cycles", "cycle/admin/edit", "community/admin/staff", "audit/admin/log"}) {
            Page page = commission.get(path);
            assertEquals(403, page.status(), path);
            assertTrue(page.contains("Немає доступу"), path);
        }
    }

    @Test
    void anotherHromadasAdministratorSeesNoneOfItsDataOnAnyStaffPageAndCannotActOnIt() {
        Set<String> vyshnevaCycles = cycleIdsOn(visitor().get("community/hromada?slug=vyshneva"));
        assertEquals(3, vyshnevaCycles.size());
        WebClient kalynivka = signedIn(CommunityDemo.ADMINISTRATORS.get(1));

        Page ownCycles = kalynivka.get("cycle/admin/cycles");
        assertEquals(200, ownCycles.status());
        Set<String> shown = cycleIdsOn(ownCycles);
        assertEquals(3, shown.size());
        assertTrue(shown.stream().noneMatch(vyshnevaCycles::contains), "no Vyshneva cycle in Kalynivka's list");
        Page staff = kalynivka.get("community/admin/staff");
        assertTrue(staff.contains("kalynivka.admin") && !staff.contains("vyshneva."));
        Page audit = kalynivka.get("audit/admin/log");
        assertEquals(200, audit.status());
        assertFalse(audit.contains("vyshneva."));

        for (String foreignId : vyshnevaCycles) {
            Page foreign = kalynivka.get("cycle/admin/edit?id=" + foreignId);
            assertEquals(403, foreign.status(), "opening Vyshneva's cycle " + foreignId);
        }

        String ownId = shown.iterator().next();
        String foreignId = vyshnevaCycles.iterator().next();
        Page ownForm = kalynivka.get("cycle/admin/edit?id=" + ownId);
        assertEquals(200, ownForm.status());
        Page tampered = kalynivka.submitTo(ownForm, "cycleForm", "/cycle/admin/edit?id=" + foreignId, "save",
                Map.of("cycleForm:title", "Захоплено"));
        assertEquals(403, tampered.status(), "a revision posted against another hromada's cycle is refused");
        assertFalse(visitor().get("cycle/view?id=" + foreignId).contains("Захоплено"));
    }

    @Test
    void badMoneyIsRefusedNextToItsFieldAndNothingIsSaved() {
        WebClient admin = signedIn(CommunityDemo.ADMINISTRATORS.get(1));
        int cyclesBefore = cycleIdsOn(admin.get("cycle/admin/cycles")).size();
        Page form = admin.get("cycle/admin/edit");
        Map<String, String> fields = validNewCycle(2040, "Бюджет участі 2040");
        fields.put("cycleForm:totalBudget", "1500000.50");
        fields.put("cycleForm:categories:0:budget", "-5");
        Page refused = admin.submit(form, "cycleForm", "save", fields);
        assertEquals(200, refused.status());
        assertTrue(refused.contains("«1500000.50» — не ціла сума в гривнях"), refused.body());
        assertTrue(refused.contains("«-5» — не ціла сума в гривнях"));
        assertEquals(cyclesBefore, cycleIdsOn(admin.get("cycle/admin/cycles")).size());
    }

    @Test
    void datesOutOfOrderAreRefusedWithTheirReasonAndTextIsShownEscaped() {
        WebClient admin = signedIn(CommunityDemo.ADMINISTRATORS.get(1));
        Page form = admin.get("cycle/admin/edit");
        Map<String, String> fields = validNewCycle(2041, "<script>alert('x')</script> Їжачок");
        fields.put("cycleForm:votingEnd_input", "01.01.2041");
        Page refused = admin.submit(form, "cycleForm", "save", fields);
        assertTrue(refused.contains("Ця дата має бути пізніше за «Початок голосування»")
                || refused.contains("Ця дата не може бути раніше за «Початок голосування»"), refused.body());

        fields.put("cycleForm:votingEnd_input", "15.05.2041");
        Page saved = admin.submit(admin.get("cycle/admin/edit"), "cycleForm", "save", fields);
        assertTrue(saved.contains("створено"), saved.body());
        assertTrue(saved.contains("&lt;script&gt;alert"), "the title is escaped");
        assertTrue(saved.contains("Їжачок"), "Ukrainian text arrives intact");
        assertFalse(saved.contains("<script>alert"));
    }

    @Test
    void healthOpenApiAndOpenDataAnswer() {
        WebClient client = visitor();
        Page health = client.get("health/ready");
        assertEquals(200, health.status());
        assertTrue(health.contains("\"database\"") && health.contains("UP"));
        assertTrue(client.get("openapi").contains("/api/hromadas"));
        Page hromadas = client.get("api/hromadas");
        assertTrue(hromadas.contains("\"slug\":\"vyshneva\""), hromadas.body());
        assertEquals(404, client.get("api/hromadas/no-such").status());
    }

    /** Every field a new cycle needs, as a person would type them (dates dd.MM.yyyy, money with spaces). */
    static Map<String, String> validNewCycle(int year, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cycleForm:title", title);
        fields.put("cycleForm:year", Integer.toString(year));
        fields.put("cycleForm:totalBudget", "2 000 000");
        fields.put("cycleForm:submissionStart_input", "01.02." + year);
        fields.put("cycleForm:submissionEnd_input", "28.02." + year);
        fields.put("cycleForm:reviewEnd_input", "31.03." + year);
        fields.put("cycleForm:votingStart_input", "01.05." + year);
        fields.put("cycleForm:votingEnd_input", "20.05." + year);
        fields.put("cycleForm:resultsDate_input", "01.06." + year);
        fields.put("cycleForm:implementationStart_input", "01.07." + year);
        fields.put("cycleForm:categories:0:name", "Усі проєкти");
        fields.put("cycleForm:categories:0:budget", "2000000");
        fields.put("cycleForm:categories:0:minCost", "10000");
        fields.put("cycleForm:categories:0:maxCost", "500000");
        fields.put("cycleForm:categories:0:maxChoices", "2");
        return fields;
    }
}
