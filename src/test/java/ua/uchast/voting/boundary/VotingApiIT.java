package ua.uchast.voting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.testsupport.TestServices;
import ua.uchast.voting.DemoVoting;
import ua.uchast.platform.cli.CliCommand;
import ua.uchast.voting.cli.CheckBallotFileCommand;

/**
 * The public voting API against the running platform with its demo data: paths, status codes and the error shape
 * {"error", "message"} (in the request's language) are what outside checks rely on.
 */
class VotingApiIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static String base;
    private static long votingCycle;
    private static long closedCycle;

    @BeforeAll
    static void start() {
        base = TestServices.platformUrl();
        votingCycle = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "VOTING");
        closedCycle = DemoVoting.cycleIn(CommunityDemo.MYRNE, "COUNTING");
    }

    private static HttpResponse<String> get(String path, String language) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, json(response).getString("error"), response.body());
        assertTrue(json(response).getString("message").length() > 10, response.body());
    }

    @Test
    void aHromadasCyclesCarryTheirPhaseAndVotingDates() throws Exception {
        HttpResponse<String> response = get("api/v1/hromadas/vyshneva/cycles", "uk");
        assertEquals(200, response.statusCode());
        JsonArray cycles = Json.createReader(new StringReader(response.body())).readArray();
        JsonObject voting = cycles.getValuesAs(JsonObject.class).stream().filter(cycle -> cycle.getString("phase").equals("VOTING"))
                .findFirst().orElseThrow();
        assertTrue(voting.containsKey("year") && voting.containsKey("title") && voting.containsKey("votingStart")
                && voting.containsKey("votingEnd"), voting.toString());
        assertError(get("api/v1/hromadas/no-such-hromada/cycles", "uk"), 404, "not-found");
    }

    @Test
    void theBallotFormListsCategoriesWithTheirRuleAndNumberedProjects() throws Exception {
        JsonObject form = json(get("api/v1/cycles/" + votingCycle + "/ballot-form", "uk"));
        assertEquals(votingCycle, form.getJsonNumber("cycleId").longValue());
        JsonArray categories = form.getJsonArray("categories");
        assertTrue(categories.size() >= 3, "the demo's open vote has several categories");
        JsonObject small = categories.getJsonObject(0);
        assertEquals(2, small.getInt("maxChoices"));
        assertTrue(categories.getValuesAs(JsonObject.class).stream().anyMatch(category -> category.containsKey("budget")),
                "a knapsack category says its budget");
        JsonObject first = small.getJsonArray("projects").getJsonObject(0);
        assertEquals(1, first.getInt("number"));
        assertTrue(first.containsKey("id") && first.containsKey("title") && first.containsKey("cost"));
        assertError(get("api/v1/cycles/999999/ballot-form", "uk"), 404, "not-found");
        assertError(get("api/v1/cycles/abc/ballot-form", "uk"), 404, "not-found");
    }

    @Test
    void aBallotDocumentIsIssuedForAValidChoiceOnlyWhileVotingRuns() throws Exception {
        JsonObject small = json(get("api/v1/cycles/" + votingCycle + "/ballot-form", "uk")).getJsonArray("categories").getJsonObject(0);
        long category = small.getJsonNumber("id").longValue();
        long project = small.getJsonArray("projects").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> issued = post("api/v1/cycles/" + votingCycle + "/ballot-documents",
                "{\"choices\": {\"" + category + "\": [" + project + "]}, \"declared\": true}");
        assertEquals(201, issued.statusCode(), issued.body());
        String document = new String(Base64.getDecoder().decode(json(issued).getString("document")), StandardCharsets.UTF_8);
        assertTrue(document.startsWith("{\"choices\":{\"" + category + "\":[" + project + "]},\"cycle\":" + votingCycle), document);
        assertTrue(document.endsWith("\"nonce\":\"" + json(issued).getString("nonce") + "\"}"), document);
        assertTrue(json(issued).getString("expiresAt").endsWith("Z"));

        String tooMany = "{\"choices\": {\"" + category + "\": [" + small.getJsonArray("projects").getValuesAs(JsonObject.class)
                .stream().limit(3).map(p -> p.getJsonNumber("id").toString()).reduce((a, b) -> a + "," + b).orElseThrow() + "]}}";
        assertError(post("api/v1/cycles/" + votingCycle + "/ballot-documents", tooMany), 422, "invalid-choice");
        assertError(post("api/v1/cycles/" + votingCycle + "/ballot-documents", "{\"choices\": {}}"), 422, "invalid-choice");
        assertError(post("api/v1/cycles/" + votingCycle + "/ballot-documents", "{\"choices\": {\"" + category + "\": [999999]}}"),
                422, "invalid-choice");
        assertError(post("api/v1/cycles/" + votingCycle + "/ballot-documents", "{not json"), 400, "malformed-json");
        assertError(post("api/v1/cycles/" + closedCycle + "/ballot-documents", "{\"choices\": {\"1\": [1]}}"), 409, "voting-closed");
        assertError(post("api/v1/cycles/999999/ballot-documents", "{\"choices\": {\"1\": [1]}}"), 404, "not-found");
    }

    @Test
    void anUnknownReceiptIsNotFoundInTheAskedLanguage() throws Exception {
        HttpResponse<String> ukrainian = get("api/v1/receipts/AAAAA-BBBBB-CCCCC-DDDDD", "uk");
        assertError(ukrainian, 404, "unknown-receipt");
        assertTrue(json(ukrainian).getString("message").contains("Бюлетеня з таким кодом немає"));
        HttpResponse<String> english = get("api/v1/receipts/AAAAA-BBBBB-CCCCC-DDDDD", "en");
        assertTrue(json(english).getString("message").contains("There is no ballot with this code"));
    }

    @Test
    void theBallotFileIsPublishedOnlyOnceVotingHasClosedAndItsChainHolds() throws Exception {
        assertError(get("api/v1/cycles/" + votingCycle + "/ballot-file", "uk"), 409, "voting-closed");

        HttpResponse<String> file = get("api/v1/cycles/" + closedCycle + "/ballot-file", "uk");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        String head = file.headers().firstValue("X-Ballot-File-Head").orElseThrow();
        assertTrue(file.body().lines().count() > 100, "the demo's closed vote has its ballots");
        Path saved = Files.writeString(Files.createTempFile("ballot-file-", ".ndjson"), file.body());
        assertEquals(CliCommand.EXIT_OK, new CheckBallotFileCommand().run(List.of(saved.toString(), "--head", head),
                new PrintStream(new ByteArrayOutputStream()), System.err), "the published chain holds and ends in the head");
        assertTrue(DemoVoting.get("cycle/view?id=" + closedCycle).contains(head), "the cycle's page shows the same head");

        List<String> lines = file.body().lines().toList();
        List<String> changedChannel = new ArrayList<>(lines);
        String line = lines.get(50);
        changedChannel.set(50, line.contains("\"channel\":\"paper\"") ? line.replace("\"channel\":\"paper\"", "\"channel\":\"provider\"")
                : line.replaceFirst("\"channel\":\"[a-z]+\"", "\"channel\":\"paper\""));
        List<String> dropped = new ArrayList<>(lines);
        dropped.remove(50);
        List<String> added = new ArrayList<>(lines);
        added.add(50, lines.get(49));
        List<String> lastDropped = lines.subList(0, lines.size() - 1);
        for (List<String> tampered : List.of(changedChannel, dropped, added, lastDropped)) {
            Path copy = Files.write(Files.createTempFile("ballot-file-", ".ndjson"), tampered);
            assertEquals(CliCommand.EXIT_NEGATIVE, new CheckBallotFileCommand().run(List.of(copy.toString(), "--head", head),
                    new PrintStream(new ByteArrayOutputStream()), System.err), "a changed, dropped or added line is found out");
        }
    }
}
