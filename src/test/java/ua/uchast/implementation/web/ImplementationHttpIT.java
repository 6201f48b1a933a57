package ua.uchast.implementation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.implementation.entity.ImplementationStatus;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;

/**
 * The implementation's open data, public pages and staff pages over HTTP against the platform with demo data: the demo
 * has winners in every status with reports and photos; JSON and CSV agree; bad filters and unknown subjects are refused
 * in words; staff pages admit administrators and executors only, an executor only to their own projects and no one to
 * another hromada's.
 */
class ImplementationHttpIT {

    private static String url;
    private static JsonArray vyshneva;

    @BeforeAll
    static void platform() {
        url = TestServices.platformUrl();
        vyshneva = Json.createReader(new StringReader(get("api/v1/hromadas/vyshneva/implementation").body())).readArray();
    }

    private static HttpResponse<String> get(String path) {
        return new WebClient(url).acceptingLanguages("uk").getWithoutFollowing(path);
    }

    private static JsonObject winnerIn(ImplementationStatus status) {
        return vyshneva.getValuesAs(JsonObject.class).stream().filter(winner -> winner.getString("status").equals(status.name()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " winner in " + vyshneva));
    }

    private static WebClient signedIn(String username) {
        WebClient client = new WebClient(url);
        assertEquals(200, client.signIn(username, CommunityDemo.PASSWORD).status());
        return client;
    }

    @Test
    void theDemoHasWinnersOfAPastCycleInEveryStatusWithReportsPhotosAndAnOverdueOne() {
        Set<String> statuses = vyshneva.getValuesAs(JsonObject.class).stream().map(winner -> winner.getString("status"))
                .collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ImplementationStatus.class).stream().map(Enum::name).collect(Collectors.toSet()), statuses);
        assertTrue(vyshneva.getValuesAs(JsonObject.class).stream().anyMatch(winner -> winner.getBoolean("overdue")
                && winner.getInt("percentSpent") > 100 && !winner.isNull("overspendReason")));
        JsonObject notImplemented = winnerIn(ImplementationStatus.NOT_IMPLEMENTED);
        assertFalse(notImplemented.isNull("statusReason"), "not implemented says why");

        JsonObject implemented = Json.createReader(new StringReader(get("api/v1/projects/"
                + winnerIn(ImplementationStatus.IMPLEMENTED).getInt("projectId") + "/implementation").body())).readObject();
        List<JsonObject> reports = implemented.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("kind").equals("REPORT_POSTED")).toList();
        assertEquals(2, reports.size());
        String photo = reports.get(0).getJsonObject("report").getJsonArray("photos").getString(0);
        HttpResponse<String> served = get(photo.substring(1));
        assertEquals(200, served.statusCode());
        // The container adds the default charset to every type, as it does for projects' photos; the type is what counts.
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElseThrow().split(";")[0].strip());
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertFalse(implemented.toString().contains("Гнатюк"), "the responsible staff member is not open data");
    }

    @Test
    void theCsvHasTheSameWinnersAsTheJsonAndFiltersNarrowBoth() throws IOException {
        HttpResponse<String> csv = get("api/v1/hromadas/vyshneva/implementation?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertEquals(vyshneva.size(), rows.size());
        assertEquals(String.valueOf(vyshneva.getJsonObject(0).getInt("projectId")), rows.get(0).get("project_id"));
        assertEquals(vyshneva.getJsonObject(0).getString("title"), rows.get(0).get("title"));

        JsonArray implemented = Json.createReader(new StringReader(get("api/v1/hromadas/vyshneva/implementation?status=IMPLEMENTED")
                .body())).readArray();
        assertFalse(implemented.isEmpty());
        assertTrue(implemented.getValuesAs(JsonObject.class).stream().allMatch(winner -> winner.getString("status").equals("IMPLEMENTED")));
        JsonValue territory = vyshneva.getJsonObject(0).get("territory");
        String territoryId = String.valueOf(territory.asJsonObject().getInt("id"));
        assertTrue(Json.createReader(new StringReader(get("api/v1/hromadas/vyshneva/implementation?territory=" + territoryId).body()))
                .readArray().getValuesAs(JsonObject.class).stream().allMatch(winner -> winner.get("territory").equals(territory)));
    }

    @Test
    void badFiltersAndUnknownSubjectsAreRefusedInWords() {
        HttpResponse<String> badStatus = get("api/v1/hromadas/vyshneva/implementation?status=DONE");
        assertEquals(400, badStatus.statusCode());
        JsonObject error = Json.createReader(new StringReader(badStatus.body())).readObject();
        assertEquals("bad-filter", error.getString("error"));
        assertTrue(error.getString("message").contains("IMPLEMENTED"), error.toString());
        assertEquals(400, get("api/v1/hromadas/vyshneva/implementation?cycle=abc").statusCode());
        assertEquals(404, get("api/v1/hromadas/nowhere/implementation").statusCode());
        assertEquals(404, get("api/v1/projects/999999999/implementation").statusCode());
        assertEquals(404, get("api/v1/projects/abc/implementation").statusCode());
        assertEquals(404, get("implementation/photo/999999999").statusCode());

        assertEquals(404, new WebClient(url).get("implementation/hromada?slug=nowhere").status());
        assertEquals(400, new WebClient(url).get("implementation/hromada?slug=vyshneva&status=DONE").status());
        assertEquals(404, new WebClient(url).get("implementation/unsubscribe?f=1&t=forged").status());
        Page page = new WebClient(url).get("implementation/hromada?slug=vyshneva");
        assertEquals(200, page.status());
        assertTrue(page.contains("id=\"implementationMap\"") && page.contains("Прострочено"));
    }

    @Test
    void staffPagesAdmitAdministratorsAndExecutorsEachOnlyTheirOwn() {
        String unassigned = String.valueOf(winnerIn(ImplementationStatus.IMPLEMENTED).getInt("projectId"));
        assertEquals(403, signedIn(CommunityDemo.COMMISSION_MEMBER).get("implementation/staff/projects").status());
        assertEquals(403, signedIn(CommunityDemo.OPERATOR).get("implementation/staff/projects").status());

        WebClient executor = signedIn(CommunityDemo.EXECUTOR);
        Page mine = executor.get("implementation/staff/projects");
        assertEquals(200, mine.status());
        assertEquals(2, mine.body().split("implementation/staff/project\\?id=", -1).length - 1, "the demo executor has two projects");
        assertEquals(403, executor.get("implementation/staff/project?id=" + unassigned).status());

        assertEquals(403, signedIn(CommunityDemo.ADMINISTRATORS.get(1)).get("implementation/staff/project?id=" + unassigned).status(),
                "another hromada's administrator");
        assertEquals(200, signedIn(CommunityDemo.ADMINISTRATORS.get(0)).get("implementation/staff/project?id=" + unassigned).status());
    }
}
