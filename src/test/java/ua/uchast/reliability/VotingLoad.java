package ua.uchast.reliability;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.TestSigner.SigningKey;
import ua.uchast.voting.DemoVoting;
import ua.uchast.voting.SignedBallotClient;

/**
 * Clients voting with qualified e-signatures through the public API, each as a new person again and again, until
 * stopped: what a platform under a real voting day sees. Keeps which ballots were acknowledged (201 with a receipt) and
 * which people's ballots were cut off (sent, but no answer or an error): those may or may not have been stored.
 */
final class VotingLoad implements AutoCloseable {

    record Acknowledged(Rnokpp person, String receipt) {
    }

    private final SignedBallotClient api;
    private final long cycleId;
    private final String choice;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();
    private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
    private final List<Rnokpp> cutOff = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();

    private VotingLoad(String baseUrl, long cycleId) {
        this.api = new SignedBallotClient(baseUrl);
        this.cycleId = cycleId;
        this.choice = firstChoice(baseUrl, cycleId);
    }

    /** The first project of the first category: a ballot every voter of the demo's open vote may cast. */
    static String firstChoice(String baseUrl, long cycleId) {
        JsonObject category = Json.createReader(new StringReader(DemoVoting.get(baseUrl, "api/v1/cycles/" + cycleId
                + "/ballot-form"))).readObject().getJsonArray("categories").getJsonObject(0);
        return "{\"" + category.getJsonNumber("id") + "\": [" + category.getJsonArray("projects").getJsonObject(0)
                .getJsonNumber("id") + "]}";
    }

    static VotingLoad start(String baseUrl, long cycleId, int clientCount) {
        VotingLoad load = new VotingLoad(baseUrl, cycleId);
        for (int i = 0; i < clientCount; i++) {
            Thread client = new Thread(load::vote, "voter-" + i);
            client.setDaemon(true);
            load.clients.add(client);
            client.start();
        }
        return load;
    }

    private void vote() {
        while (running.get()) {
            Rnokpp person = DemoVoting.newPerson();
            SigningKey key = TestServices.testSigner().voter(person.value());
            byte[] signature;
            try {
                signature = key.signAttached(api.issue(cycleId, choice));
            } catch (IllegalStateException | UncheckedIOException noDocument) {
                count(noDocument instanceof UncheckedIOException ? "document: no answer" : "document: refused");
                pause();
                continue;
            }
            try {
                HttpResponse<String> cast = api.cast(cycleId, signature);
                count("ballot: " + cast.statusCode());
                if (cast.statusCode() == 201) {
                    acknowledged.add(new Acknowledged(person, SignedBallotClient.json(cast).getString("receipt")));
                } else {
                    cutOff.add(person);
                    pause();
                }
            } catch (UncheckedIOException noAnswer) {
                count("ballot: no answer");
                cutOff.add(person);
                pause();
            }
        }
    }

    private void count(String answer) {
        answers.computeIfAbsent(answer, any -> new AtomicLong()).incrementAndGet();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least this many ballots have been acknowledged (or the time is up). */
    void awaitAcknowledged(int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (acknowledged.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    List<Acknowledged> acknowledged() {
        return List.copyOf(acknowledged);
    }

    List<Rnokpp> cutOff() {
        return List.copyOf(cutOff);
    }

    Map<String, AtomicLong> answers() {
        return Map.copyOf(answers);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread client : clients) {
            client.join(120_000);
        }
    }
}
