package ua.uchast.results.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.identity.control.IdentityDemo;
import ua.uchast.testsupport.TestServices;
import ua.uchast.voting.DemoVoting;

/**
 * The open data over HTTP against the suite's platform with its demo data: a published cycle whose ballots came through
 * all three channels is recounted from its .pb files with {@code uchast-cli.jar tally} to the published winners; every
 * refusal has its status and words; GET is open to other sites (CORS), a ballot is not; CSV reads back; and no answer
 * or export carries a voter's key, a resident's or author's or staff member's name, a tax number, or anything that
 * ties a voter to a ballot.
 */
class ResultsOpenDataIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String path, String language) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(TestServices.platformUrl() + path)).header("Accept-Language", language)
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject object(String path) {
        HttpResponse<String> response = get(path, "uk");
        assertEquals(200, response.statusCode(), () -> path + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String words) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals(code, error.getString("error"));
        assertTrue(error.getString("message").contains(words), error.getString("message"));
    }

    @Test
    void aCycleVotedThroughAllThreeChannelsIsRecountedFromItsPbFilesToThePublishedWinners() throws Exception {
        long cycleId = DemoVoting.cycleIn(CommunityDemo.KALYNIVKA, "RESULTS");
        JsonObject results = object("api/v1/cycles/" + cycleId + "/results");
        JsonObject channels = results.getJsonObject("channels");
        for (String channel : List.of("provider", "signature", "paper")) {
            assertTrue(channels.getInt(channel) > 0, "ballots came through " + channel + ": " + channels);
        }
        Path cli = TestServices.build().targetDir().resolve("uchast-cli.jar");
        int recounted = 0;
        for (JsonObject category : results.getJsonArray("categories").getValuesAs(JsonObject.class)) {
            if (!category.getBoolean("counted")) {
                continue;
            }
            HttpResponse<String> pb = get("api/v1/cycles/" + cycleId + "/ballots/" + category.getJsonNumber("id"), "uk");
            assertEquals(200, pb.statusCode(), pb.body());
            assertTrue(pb.headers().firstValue("Content-Disposition").orElse("").contains(".pb"));
            Path file = Files.createTempFile(TestServices.build().targetDir(), "recount-", ".pb");
            Files.writeString(file, pb.body(), StandardCharsets.UTF_8);
            Process tally = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    cli.toString(), "tally", file.toString()).redirectErrorStream(false).start();
            String output = new String(tally.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(tally.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, tally.exitValue(), output);
            List<String> lines = output.lines().toList();
            Set<String> recountedWinners = new TreeSet<>(lines.subList(0, lines.size() - 1));
            Set<String> published = new TreeSet<>();
            category.getJsonArray("projects").getValuesAs(JsonObject.class).stream().filter(project -> project.getBoolean("won"))
                    .forEach(project -> published.add(project.getString("ref")));
            assertEquals(published, recountedWinners, "category " + category.getString("name"));
            assertEquals("total_cost " + category.getJsonNumber("spent"), lines.get(lines.size() - 1));
            recounted++;
        }
        assertEquals(2, recounted);
        assertTrue(DemoVoting.get("results/view?cycle=" + cycleId).contains("uchast-cli.jar tally cycle-" + cycleId),
                "the results page says how to recount");
    }

    @Test
    void everyRefusalHasItsStatusAndWordsInTheAskedLanguage() {
        long review = DemoVoting.cycleIn(CommunityDemo.MYRNE, "REVIEW");
        long published = DemoVoting.cycleIn(CommunityDemo.KALYNIVKA, "RESULTS");
        long voting = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "VOTING");
        assertError(get("api/v1/cycles/" + review + "/results", "uk"), 409, "not-published", "ще не оприлюднено");
        assertError(get("api/v1/cycles/" + review + "/results", "en"), 409, "not-published", "not been published yet");
        assertError(get("api/v1/cycles/" + review + "/results/versions", "uk"), 409, "not-published", "очікують");
        assertError(get("api/v1/cycles/" + review + "/statistics", "uk"), 409, "not-published", "очікують");
        assertError(get("api/v1/cycles/999999/results", "uk"), 404, "not-found", "Не знайдено");
        assertError(get("api/v1/cycles/abc/statistics", "uk"), 404, "not-found", "Не знайдено");
        assertError(get("api/v1/cycles/" + published + "/results?version=two", "uk"), 400, "bad-version", "числом");
        assertError(get("api/v1/cycles/" + published + "/results?version=99", "uk"), 404, "not-found", "Не знайдено");
        assertError(get("api/v1/projects/999999", "en"), 404, "not-found", "Not found");
        assertError(get("api/v1/cycles/" + voting + "/ballots/1", "uk"), 409, "voting-not-closed", "після завершення голосування");
        assertError(get("api/v1/cycles/" + published + "/ballots/999999", "uk"), 404, "not-found", "Не знайдено");
        assertTrue(DemoVoting.get("results/view?cycle=" + review).contains("Їх очікують"), "the page says when results are due");
    }

    @Test
    void openDataMayBeReadFromAnySiteButABallotMayNotBeSentFromOne() throws Exception {
        long published = DemoVoting.cycleIn(CommunityDemo.KALYNIVKA, "RESULTS");
        assertEquals("*", get("api/v1/cycles/" + published + "/results", "uk").headers().firstValue("Access-Control-Allow-Origin")
                .orElse(""));
        assertEquals("*", get("api/v1/cycles/999999/results", "uk").headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "errors too, so a page can show them");
        HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(URI.create(TestServices.platformUrl() + "api/v1/cycles/"
                + published + "/ballot-documents")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"choices\": {}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(post.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void csvReadsBackWithAHeaderAndTheSameRowsAsTheJson() throws IOException {
        long published = DemoVoting.cycleIn(CommunityDemo.KALYNIVKA, "RESULTS");
        HttpResponse<String> csv = get("api/v1/cycles/" + published + "/results?format=csv", "uk");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<CSVRecord> rows = CSVParser.parse(csv.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .getRecords();
        JsonObject json = object("api/v1/cycles/" + published + "/results");
        int lines = json.getJsonArray("categories").getValuesAs(JsonObject.class).stream()
                .mapToInt(category -> category.getJsonArray("projects").size()).sum();
        assertEquals(lines, rows.size());
        assertEquals(json.getJsonArray("categories").getJsonObject(0).getJsonArray("projects").getJsonObject(0).getString("title"),
                rows.get(0).get("title"));

        HttpResponse<String> projectsCsv = get("api/v1/cycles/" + published + "/projects?format=csv", "uk");
        List<CSVRecord> projects = CSVParser.parse(projectsCsv.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get()).getRecords();
        JsonArray projectsJson = Json.createReader(new StringReader(get("api/v1/cycles/" + published + "/projects", "uk").body()))
                .readArray();
        assertEquals(projectsJson.size(), projects.size());
        assertTrue(projects.stream().anyMatch(row -> row.get("status").equals("WINNER") && !row.get("votes").isEmpty()),
                "projects carry their status and, once published, their votes");
    }

    @Test
    void noAnswerOrExportNamesAVoterAResidentOrAnAuthorOrTiesAVoterToABallot() {
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> ballotFiles = new ArrayList<>();
        for (String slug : List.of(CommunityDemo.VYSHNEVA, CommunityDemo.KALYNIVKA, CommunityDemo.MYRNE)) {
            JsonArray cycles = Json.createReader(new StringReader(DemoVoting.get("api/v1/hromadas/" + slug + "/cycles"))).readArray();
            for (JsonObject cycle : cycles.getValuesAs(JsonObject.class)) {
                String id = cycle.getJsonNumber("id").toString();
                for (String path : List.of("/results", "/results?format=csv", "/results/versions", "/statistics", "/projects",
                        "/projects?format=csv", "/ballot-file")) {
                    HttpResponse<String> answer = get("api/v1/cycles/" + id + path, "uk");
                    answers.put("api/v1/cycles/" + id + path, answer.body());
                    if (path.equals("/ballot-file")) {
                        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 409, answer::body);
                        if (answer.statusCode() == 200) {
                            ballotFiles.add(answer.body());
                        }
                    }
                }
                JsonArray projects = Json.createReader(new StringReader(answers.get("api/v1/cycles/" + id + "/projects"))).readArray();
                for (JsonObject project : projects.getValuesAs(JsonObject.class)) {
                    String path = "api/v1/projects/" + project.getJsonNumber("id");
                    answers.put(path, get(path, "uk").body());
                }
                JsonObject results = Json.createReader(new StringReader(answers.get("api/v1/cycles/" + id + "/results"))).readObject();
                if (results.containsKey("categories")) {
                    for (JsonObject category : results.getJsonArray("categories").getValuesAs(JsonObject.class)) {
                        String path = "api/v1/cycles/" + id + "/ballots/" + category.getJsonNumber("id");
                        answers.put(path, get(path, "uk").body());
                    }
                }
            }
        }
        assertTrue(answers.values().stream().anyMatch(body -> body.contains("\"ballot\":")), "ballot files were read");
        assertTrue(answers.keySet().stream().anyMatch(path -> path.contains("/ballots/")), ".pb files were read");

        Set<String> keys = new HashSet<>();
        keys.addAll(column("SELECT person_key FROM voter_register"));
        keys.addAll(column("SELECT resident_key FROM resident"));
        keys.addAll(column("SELECT receipt_hash FROM ballot_box"));
        List<String> words = new ArrayList<>();
        words.addAll(column("SELECT display_name FROM resident"));
        words.addAll(column("SELECT DISTINCT author_name FROM project"));
        words.addAll(column("SELECT full_name FROM staff_account"));
        IdentityDemo.PEOPLE.forEach(person -> words.add(person.taxNumber().value()));
        words.add("3121203458");
        assertTrue(keys.size() > 1000 && words.size() > 10, "the register's keys, names and tax numbers: " + keys.size() + ", " + words);
        Pattern hex = Pattern.compile("[0-9a-f]{64}");
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Matcher found = hex.matcher(answer.getValue());
            while (found.find()) {
                String value = found.group();
                assertFalse(keys.contains(value), () -> answer.getKey() + " carries a person's key, a resident's key or a receipt: "
                        + value);
            }
            for (String word : words) {
                assertFalse(answer.getValue().contains(word), () -> answer.getKey() + " carries " + word);
            }
            for (String field : List.of("personKey", "person_key", "castAt", "cast_at", "taxNumber", "rnokpp", "author", "authorName",
                    "receipt", "receiptHash", "publishedBy", "operator", "actor")) {
                assertFalse(answer.getValue().contains("\"" + field + "\""), () -> answer.getKey() + " has a field " + field);
            }
        }
        assertFalse(ballotFiles.isEmpty(), "some cycle's voting has closed");
        ballotFiles.stream().flatMap(String::lines)
                .filter(line -> !line.isBlank()).limit(50).forEach(line -> assertEquals(Set.of("ballot", "channel", "choices", "cycle",
                        "hash", "prev"), Json.createReader(new StringReader(line)).readObject().keySet(),
                        "a ballot's line says nothing about who cast it or when"));
    }

    private static List<String> column(String sql) {
        DatabaseSettings settings = TestServices.database(TestServices.PLATFORM_DATABASE);
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String value = rows.getString(1);
                if (value != null && value.length() >= 6) {
                    values.add(value);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }
}
