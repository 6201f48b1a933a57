package ua.uchast.voting;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.TestServices;

/** The demo cycles the voting tests use, found through the public API, and new people to vote as. */
public final class DemoVoting {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final int RUN = (int) (System.nanoTime() % 500);

    private DemoVoting() {
    }

    /** The id of the demo hromada's cycle in that phase (VOTING, COUNTING, …). */
    public static long cycleIn(String hromadaSlug, String phase) {
        return cycleIn(TestServices.platformUrl(), hromadaSlug, phase);
    }

    /** The same on the platform at this address (one of a test's own, with the demo data). */
    public static long cycleIn(String baseUrl, String hromadaSlug, String phase) {
        JsonArray cycles = Json.createReader(new StringReader(get(baseUrl, "api/v1/hromadas/" + hromadaSlug + "/cycles"))).readArray();
        return cycles.getValuesAs(JsonObject.class).stream().filter(cycle -> cycle.getString("phase").equals(phase))
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + phase + " cycle in " + hromadaSlug))
                .getJsonNumber("id").longValue();
    }

    /** A person who has not voted yet in this test run: a valid tax number of someone born in 1970–1999. */
    public static Rnokpp newPerson() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birthDate = LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28);
        return Rnokpp.compose(birthDate, n % 2 == 0 ? Rnokpp.Gender.FEMALE : Rnokpp.Gender.MALE, 500 + (RUN + n) % 500);
    }

    public static String get(String path) {
        return get(TestServices.platformUrl(), path);
    }

    public static String get(String baseUrl, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(baseUrl + path)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
