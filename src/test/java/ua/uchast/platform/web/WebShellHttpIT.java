package ua.uchast.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/**
 * What every page shares, over HTTP against the built WAR: bad addresses are the visitor's mistake (400/404), never
 * ours (500); an expired form is explained; the security headers; the API's JSON errors and its description.
 */
class WebShellHttpIT {

    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static String url;

    @BeforeAll
    static void platform() {
        url = TestServices.platformUrl();
    }

    @Test
    void badAddressesAreAnsweredAsTheVisitorsMistakeNeverAsAServerError() {
        String cycle = aPublishedVyshnevaCycle();
        for (String path : List.of("proposal/catalogue", "proposal/catalogue?cycle=abc", "proposal/catalogue?cycle=-1",
                "proposal/catalogue?cycle=99999999", "proposal/catalogue?cycle=" + cycle + "&page=abc",
                "proposal/catalogue?cycle=" + cycle + "&page=-3", "proposal/catalogue?cycle=" + cycle + "&page=0",
                "proposal/catalogue?cycle=" + cycle + "&page=5", "proposal/catalogue?cycle=" + cycle + "&sort=EVIL",
                "proposal/catalogue?cycle=" + cycle + "&status=EVIL", "proposal/catalogue?cycle=" + cycle + "&category=x",
                "proposal/project?id=abc", "proposal/project?id=-5", "proposal/project", "proposal/project?id=99999999",
                "cycle/view?id=abc", "community/hromada?slug=%3Cscript%3E")) {
            Page page = new WebClient(url).get(path);
            assertTrue(page.status() == 400 || page.status() == 404, path + " answered " + page.status());
            assertTrue(page.contains("Сторінку не знайдено") || page.contains("Неправильна адреса"), path + ":\n" + page.body());
            assertFalse(page.contains("java.lang.") || page.contains("at ua.uchast") || page.contains("Caused by"), path);
        }
        Page first = new WebClient(url).get("proposal/catalogue?cycle=" + cycle + "&page=1");
        assertEquals(200, first.status());
        assertTrue(first.body().matches("(?s).*Сторінка 1 / \\d+.*"), first.body());
    }

    @Test
    void anImpossibleDateIsRefusedWithAMessageNotMovedToAnotherDay() {
        WebClient admin = new WebClient(url);
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(1), CommunityDemo.PASSWORD);
        Map<String, String> fields = PlatformHttpIT.validNewCycle(2042, "Бюджет з неіснуючою датою");
        fields.put("cycleForm:submissionStart_input", "31.02.2042");
        fields.put("cycleForm:reviewEnd_input", "31.04.2042");
        Page refused = admin.submit(admin.get("cycle/admin/edit"), "cycleForm", "save", fields);
        assertEquals(200, refused.status());
        assertTrue(refused.contains("«31.02.2042» — такої дати немає"), refused.body());
        assertTrue(refused.contains("«31.04.2042» — такої дати немає"));
        assertTrue(refused.contains("id=\"errorSummary\"") && refused.contains("href=\"#cycleForm:submissionStart_input\""),
                "an error summary links to the field at fault");
        assertTrue(Pattern.compile("id=\"cycleForm:title\"[^>]*aria-describedby=\"cycleForm:title_hint\"").matcher(refused.body())
                .find() || Pattern.compile("aria-describedby=\"cycleForm:title_hint\"[^>]*id=\"cycleForm:title\"")
                .matcher(refused.body()).find(), "the hint is tied to its field");
        assertFalse(admin.get("cycle/admin/cycles").contains("Бюджет з неіснуючою датою"), "nothing was saved");
    }

    @Test
    void aFormLeftOpenTooLongShowsAFriendlyPageWithAWayBackAndNoErrorStatus() {
        WebClient visitor = new WebClient(url);
        Page login = visitor.get("login");
        Page expired = visitor.submit(login, "loginForm", "signIn", Map.of("loginForm:username", "someone",
                "loginForm:password", "whatever", "jakarta.faces.ViewState", "-1:-1"));
        assertEquals(200, expired.status(), expired.body());
        assertTrue(expired.contains("Сторінка застаріла"), expired.body());
        assertTrue(expired.contains("href=\"/login\""), "a link back to the form");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithANonceOnEveryScript() {
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(url + "cycle/admin/edit")), "vyshneva.admin");
        String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertTrue(policy.contains("default-src 'self'") && policy.contains("object-src 'none'")
                && policy.contains("frame-ancestors 'none'") && policy.contains("base-uri 'self'"), policy);
        assertFalse(policy.contains("script-src 'self' 'unsafe-inline'"), policy);
        Matcher scripts = SCRIPT_TAG.matcher(home.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            String tag = scripts.group();
            assertTrue(tag.contains("src=\"/") || tag.contains("nonce=\"" + nonce.group(1) + "\""), tag);
        }
        assertTrue(count > 5, "the cycle form has PrimeFaces' scripts");
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(home.body()).find(), "no inline event handlers");
    }

    @Test
    void strictTransportSecurityOnlyOverTls() {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create(url)), null);
        assertTrue(plain.headers().firstValue("Strict-Transport-Security").isEmpty());
        HttpResponse<String> behindTls = send(HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-Proto", "https"), null);
        assertTrue(behindTls.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
    }

    @Test
    void staffPagesAreNeverStoredByTheBrowserOrAProxy() {
        HttpResponse<String> staffPage = send(HttpRequest.newBuilder(URI.create(url + "cycle/admin/cycles")), "vyshneva.admin");
        assertEquals(200, staffPage.statusCode());
        assertTrue(staffPage.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        HttpResponse<String> operatorDesk = send(HttpRequest.newBuilder(URI.create(url + "staff/")), "vyshneva.operator");
        assertTrue(operatorDesk.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        HttpResponse<String> publicPage = send(HttpRequest.newBuilder(URI.create(url + "community/hromada?slug=vyshneva")), null);
        assertFalse(publicPage.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void theLanguageSwitchNeverSendsAVisitorToAnotherSite() {
        for (String path : List.of("//evil.example/?lang=en", "//evil.example/%2e%2e/?lang=uk", "///evil.example/?lang=en")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "") + path)), null);
            Optional<String> location = response.headers().firstValue("Location");
            location.ifPresent(target -> {
                URI resolved = URI.create(url).resolve(target);
                assertEquals(URI.create(url).getHost(), resolved.getHost(), path + " → " + target);
            });
        }
        HttpResponse<String> normal = send(HttpRequest.newBuilder(URI.create(url + "community/hromada?slug=vyshneva&lang=en")), null);
        URI back = URI.create(url).resolve(normal.headers().firstValue("Location").orElseThrow());
        assertEquals(URI.create(url + "community/hromada?slug=vyshneva"), back);
    }

    @Test
    void theServerDoesNotAnnounceItselfOrPublishItsMetrics() {
        HttpResponse<String> home = send(HttpRequest.newBuilder(URI.create(url)), null);
        assertTrue(home.headers().firstValue("Server").isEmpty(), home.headers().map().toString());
        assertTrue(home.headers().firstValue("X-Powered-By").isEmpty());
        HttpResponse<String> metrics = send(HttpRequest.newBuilder(URI.create(url + "metrics")), null);
        assertTrue(metrics.statusCode() == 404 || metrics.statusCode() == 403, "metrics answered " + metrics.statusCode());
        assertFalse(metrics.body().contains("# TYPE"));
    }

    @Test
    void theApiAnswersErrorsInJsonInTheRequestsLanguage() {
        for (String path : List.of("api/no-such-thing", "api/hromadas/no-such-hromada")) {
            HttpResponse<String> ukrainian = send(HttpRequest.newBuilder(URI.create(url + path)), null);
            assertEquals(404, ukrainian.statusCode(), path);
            assertTrue(ukrainian.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(ukrainian.body().matches("\\{\"error\":\"not-found\",\"message\":\"[^\"]*Не знайдено[^\"]*\"}"),
                    ukrainian.body());
            HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(url + path))
                    .header("Accept-Language", "en-GB,en;q=0.9"), null);
            assertTrue(english.body().contains("\"message\":\"Not found"), english.body());
        }
    }

    @Test
    void theApiDescriptionNamesThePlatformAndItsErrors() {
        String document = new WebClient(url).get("openapi").body();
        assertFalse(document.contains("Deployed Resources"), document);
        assertTrue(document.contains("title: Uchast"), document);
        assertTrue(document.contains("participatory budget"));
        assertTrue(document.contains("\"404\"") && document.contains("ApiError"), document);
    }

    private static String aPublishedVyshnevaCycle() {
        Matcher id = Pattern.compile("/cycle/view\\?id=(\\d+)").matcher(new WebClient(url).get("community/hromada?slug=vyshneva").body());
        assertTrue(id.find());
        return id.group(1);
    }

    /** One request, redirects not followed; as the signed-in staff member when a username is given. */
    private static HttpResponse<String> send(HttpRequest.Builder request, String staffUsername) {
        if (staffUsername != null) {
            WebClient client = new WebClient(url);
            client.signIn(staffUsername, CommunityDemo.PASSWORD);
            request.header("Cookie", client.cookieHeader());
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
