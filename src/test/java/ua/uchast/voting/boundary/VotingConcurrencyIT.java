package ua.uchast.voting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.control.KyivTime;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.TestSigner.SigningKey;
import ua.uchast.testsupport.WebClient;
import ua.uchast.voting.DemoVoting;
import ua.uchast.voting.SignedBallotClient;

/**
 * One person, one ballot, under fire: many ballots for the same person at once through every channel that needs no
 * browser (attached and detached signatures, paper entered by operators) leave exactly one; a thousand ballots of a
 * hundred people at once leave exactly a hundred. The database's unique key decides, not a read before the write.
 */
class VotingConcurrencyIT {

    private static final SignedBallotClient API = new SignedBallotClient();
    private static long cycleId;
    private static String choice;
    private static String categoryId;
    private static int number;

    /** What one attempt came to: a ballot kept, or refused as already voted (anything else fails the test). */
    enum Outcome { CAST, ALREADY_VOTED }

    @BeforeAll
    static void start() {
        cycleId = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "VOTING");
        JsonObject small = Json.createReader(new StringReader(DemoVoting.get("api/v1/cycles/" + cycleId + "/ballot-form")))
                .readObject().getJsonArray("categories").getJsonObject(0);
        categoryId = small.getJsonNumber("id").toString();
        JsonObject project = small.getJsonArray("projects").getJsonObject(0);
        number = project.getInt("number");
        choice = "{\"" + categoryId + "\": [" + project.getJsonNumber("id") + "]}";
    }

    @Test
    void twoHundredBallotsOfOnePersonThroughMixedChannelsLeaveOne() throws Exception {
        Rnokpp person = DemoVoting.newPerson();
        SigningKey key = TestServices.testSigner().voter(person.value());
        List<Callable<Callable<Outcome>>> preparations = new ArrayList<>();
        for (int i = 0; i < 140; i++) {
            preparations.add(() -> {
                byte[] signature = key.signAttached(API.issue(cycleId, choice));
                return () -> apiOutcome(API.cast(cycleId, signature).statusCode());
            });
        }
        for (int i = 0; i < 40; i++) {
            preparations.add(() -> {
                byte[] document = API.issue(cycleId, choice);
                byte[] signature = key.signDetached(document);
                return () -> apiOutcome(API.castDetached(cycleId, signature, document).statusCode());
            });
        }
        for (int i = 0; i < 20; i++) {
            preparations.add(() -> {
                WebClient operator = new WebClient(TestServices.platformUrl());
                operator.signIn(CommunityDemo.OPERATOR, CommunityDemo.PASSWORD);
                WebClient.Page form = operator.get("voting/operator/paper?cycle=" + cycleId);
                return () -> paperOutcome(operator, form, person);
            });
        }
        List<Outcome> outcomes = allAtOnce(prepared(preparations));
        assertEquals(1, outcomes.stream().filter(Outcome.CAST::equals).count(), outcomes::toString);
        assertEquals(199, outcomes.stream().filter(Outcome.ALREADY_VOTED::equals).count());
        assertEquals(1, SignedBallotClient.registrations(cycleId, person), "one line in the voter register");
    }

    @Test
    void aThousandBallotsOfAHundredPeopleAtOnceLeaveAHundred() throws Exception {
        long before = PlatformDatabase.count("SELECT COUNT(*) FROM ballot_box WHERE cycle_id = ?", cycleId);
        List<Rnokpp> people = new ArrayList<>();
        List<Callable<Callable<Outcome>>> preparations = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            Rnokpp person = DemoVoting.newPerson();
            people.add(person);
            SigningKey key = TestServices.testSigner().voter(person.value());
            for (int i = 0; i < 10; i++) {
                preparations.add(() -> {
                    byte[] signature = key.signAttached(API.issue(cycleId, choice));
                    return () -> apiOutcome(API.cast(cycleId, signature).statusCode());
                });
            }
        }
        List<Outcome> outcomes = allAtOnce(prepared(preparations));
        assertEquals(100, outcomes.stream().filter(Outcome.CAST::equals).count());
        assertEquals(100, PlatformDatabase.count("SELECT COUNT(*) FROM ballot_box WHERE cycle_id = ?", cycleId) - before,
                "a hundred ballots in the box");
        people.forEach(person -> assertEquals(1, SignedBallotClient.registrations(cycleId, person)));
    }

    private static Outcome apiOutcome(int status) {
        if (status == 201) {
            return Outcome.CAST;
        }
        assertEquals(409, status, "anything but a ballot or “already voted” is a failure");
        return Outcome.ALREADY_VOTED;
    }

    private static Outcome paperOutcome(WebClient operator, WebClient.Page form, Rnokpp person) {
        String today = LocalDate.now(KyivTime.ZONE).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String settlement = form.body().replaceAll("(?s).*<option value=\"(\\d+)\">.*", "$1");
        WebClient.Page answer = operator.submit(form, "paperForm", "enter", Map.of(
                "paperForm:taxNumber", person.value(),
                "paperForm:birthDate_input", person.birthDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                "paperForm:settlementId", settlement,
                "paperForm:declared", "true",
                "paperForm:receivedOn_input", today,
                "paperForm:categories:0:numbers", Integer.toString(number)));
        if (answer.contains("receipt-code")) {
            return Outcome.CAST;
        }
        assertTrue(answer.contains("вже проголосувала") || answer.contains("Ви вже проголосували"), answer.body());
        return Outcome.ALREADY_VOTED;
    }

    /** Gets the attempts ready (documents issued and signed, operators signed in) a few at a time. */
    private static List<Callable<Outcome>> prepared(List<Callable<Callable<Outcome>>> preparations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Outcome>> attempts = new ArrayList<>();
            for (Future<Callable<Outcome>> attempt : pool.invokeAll(preparations)) {
                attempts.add(attempt.get());
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Outcome> allAtOnce(List<Callable<Outcome>> attempts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch ready = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    return attempt.call();
                }));
            }
            ready.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
