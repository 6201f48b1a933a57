package ua.uchast.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.devenv.DatabaseSettings;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.HostileRecord;
import ua.uchast.testsupport.CrashablePlatform;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.voting.DemoVoting;
import ua.uchast.voting.SignedBallotClient;

/**
 * Crashes and outages while residents vote, on a platform wholly of its own (its own Payara Micro and its own MariaDB,
 * so that killing them harms no other test): Payara killed (SIGKILL) under 50 voting clients, the database server
 * killed under the same load, the database stopped for 20 s under mixed load. After each, every acknowledged ballot is
 * in the box exactly once, the voter register and the ballot box agree, no nonce is used up without its ballot, and
 * the platform serves again without anyone stepping in (a restarted Payara, or the same Payara once the database is
 * back).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int CLIENTS = 50;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static CrashablePlatform platform;
    private static long cycleId;

    @BeforeAll
    static void start() {
        platform = CrashablePlatform.start("crash", Map.of("UCHAST_RATE_RECEIPT_CHECKS_PER_HOUR", "100000"));
        cycleId = DemoVoting.cycleIn(platform.url(), CommunityDemo.VYSHNEVA, "VOTING");
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void killingPayaraWhileFiftyClientsVoteLosesNoAcknowledgedBallotAndARestartNeedsNoHelp() throws Exception {
        VotingLoad load = VotingLoad.start(platform.url(), cycleId, CLIENTS);
        load.awaitAcknowledged(60, 120_000);
        platform.killPayara();
        Thread.sleep(1_000);
        load.close();

        long restart = System.nanoTime();
        platform.startPayara();
        long restartMillis = (System.nanoTime() - restart) / 1_000_000;

        assertRecovered(load);
        HostileRecord.note(CrashRecoveryIT.class, "kill -9 of Payara Micro while " + CLIENTS + " clients voted",
                load.acknowledged().size() + load.cutOff().size(), load.acknowledged().size() + " acknowledged ballots all "
                + "there once, " + load.cutOff().size() + " cut off (each stored at most once, and could vote again); "
                + "ready again " + restartMillis + " ms after a plain restart; answers " + load.answers());
    }

    @Test
    @Order(2)
    void killingTheDatabaseServerWhileFiftyClientsVoteLosesNoAcknowledgedBallotAndTheSamePayaraServesAgain()
            throws Exception {
        VotingLoad load = VotingLoad.start(platform.url(), cycleId, CLIENTS);
        load.awaitAcknowledged(60, 120_000);
        platform.killDatabase();
        Thread.sleep(3_000);
        assertEquals(503, status("health/ready"), "not ready without its database");

        platform.startDatabase();
        long back = System.nanoTime();
        awaitServing();
        long servingMillis = (System.nanoTime() - back) / 1_000_000;
        load.close();

        assertRecovered(load);
        HostileRecord.note(CrashRecoveryIT.class, "kill -9 of the database server while " + CLIENTS + " clients voted",
                load.acknowledged().size() + load.cutOff().size(), load.acknowledged().size() + " acknowledged ballots all "
                + "there once after InnoDB's recovery, " + load.cutOff().size() + " cut off; the same Payara served "
                + servingMillis + " ms after the database was back; answers " + load.answers());
    }

    @Test
    @Order(3)
    void aTwentySecondDatabaseOutageIsAnswered503AndTheSamePayaraServesWithinTenSecondsOfItsReturn() throws Exception {
        VotingLoad load = VotingLoad.start(platform.url(), cycleId, 10);
        load.awaitAcknowledged(10, 60_000);
        Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
        List<String> wrong = new ArrayList<>();
        AtomicBoolean browsing = new AtomicBoolean(true);
        List<Thread> visitors = new ArrayList<>();
        for (String page : List.of("", "cycle/view?id=" + cycleId, "proposal/catalogue?cycle=" + cycleId,
                "api/v1/cycles/" + cycleId + "/ballot-form", "api/v1/hromadas/" + CommunityDemo.VYSHNEVA + "/cycles")) {
            Thread visitor = new Thread(() -> {
                while (browsing.get()) {
                    visit(page, seen, wrong);
                }
            });
            visitor.setDaemon(true);
            visitors.add(visitor);
            visitor.start();
        }

        platform.stopDatabase();
        long down = System.nanoTime();
        Thread.sleep(2_000);
        int readiness = status("health/ready");
        while (System.nanoTime() - down < 20_000_000_000L) {
            Thread.sleep(500);
        }
        platform.startDatabase();
        long back = System.nanoTime();
        boolean readyInTime = awaitReady(10_000);
        long readyMillis = (System.nanoTime() - back) / 1_000_000;
        awaitServing();
        long servingMillis = (System.nanoTime() - back) / 1_000_000;
        browsing.set(false);
        for (Thread visitor : visitors) {
            visitor.join(60_000);
        }
        load.close();

        assertEquals(503, readiness, "/health/ready says not ready while the database is away");
        assertTrue(readyInTime, "ready again within 10 s of the database's return (it took " + readyMillis + " ms)");
        assertTrue(wrong.isEmpty(), () -> "answers other than the page, 503 or the API's unavailable error: " + wrong);
        assertTrue(seen.keySet().stream().anyMatch(answer -> answer.startsWith("503")), seen::toString);
        assertRecovered(load);
        HostileRecord.note(CrashRecoveryIT.class, "database stopped for 20 s under 10 voting clients and 5 browsing",
                seen.values().stream().mapToLong(AtomicLong::get).sum() + load.acknowledged().size() + load.cutOff().size(),
                "every answer a page, 503 with Retry-After (page or JSON), readiness DOWN; ready again " + readyMillis
                + " ms and a new ballot taken " + servingMillis + " ms after the database returned, no restart; answers "
                + seen);
    }

    /** Requests the page once and files the answer; an answer that is not a page or a clean 503 is a finding. */
    private static void visit(String page, Map<String, AtomicLong> seen, List<String> wrong) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url() + page))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            String body = response.body();
            boolean api = page.startsWith("api/");
            boolean clean = status == 200 || status == 503 && response.headers().firstValue("Retry-After").isPresent()
                    && (api ? body.contains("\"error\":\"unavailable\"") : body.contains("Тимчасово недоступно"));
            boolean leaks = StackTraces.shownIn(body);
            seen.computeIfAbsent(status + (api ? " api" : " page"), any -> new AtomicLong()).incrementAndGet();
            if (!clean || leaks) {
                synchronized (wrong) {
                    if (wrong.size() < 5) {
                        wrong.add(page + " → " + status + ": " + (leaks ? "a stack trace: " + StackTraces.around(body)
                                : body.substring(0, Math.min(300, body.length()))));
                    }
                }
            }
        } catch (IOException noAnswer) {
            seen.computeIfAbsent("no answer", any -> new AtomicLong()).incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Every acknowledged ballot is in the box once (its receipt found, its voter registered once); the register and
     * the box agree; every used nonce and every kept signature belongs to a registered voter; those cut off can vote
     * (or are told they did) and are registered at most once; a new voter is served.
     */
    private static void assertRecovered(VotingLoad load) throws Exception {
        DatabaseSettings database = platform.database();
        for (VotingLoad.Acknowledged ballot : load.acknowledged()) {
            assertEquals(1, SignedBallotClient.registrations(database, cycleId, ballot.person()));
            HttpResponse<String> receipt = HTTP.send(HttpRequest.newBuilder(URI.create(platform.url() + "api/v1/receipts/"
                    + ballot.receipt())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, receipt.statusCode(), receipt::body);
            assertEquals(cycleId, SignedBallotClient.json(receipt).getJsonNumber("cycleId").longValue());
        }
        long registered = count(database, "SELECT COUNT(*) FROM voter_register WHERE cycle_id = ?");
        assertEquals(registered, count(database, "SELECT COUNT(*) FROM ballot_box WHERE cycle_id = ?"),
                "the voter register and the ballot box agree");
        long signed = count(database, "SELECT COUNT(*) FROM voter_register WHERE cycle_id = ? AND evidence_id IS NOT NULL");
        assertEquals(signed, count(database, "SELECT COUNT(*) FROM ballot_nonce WHERE cycle_id = ? AND used_at IS NOT NULL"),
                "no nonce used up without its ballot");
        assertEquals(signed, count(database, "SELECT COUNT(*) FROM signature_evidence WHERE cycle_id = ?"),
                "no signature kept without its ballot");
        SignedBallotClient api = new SignedBallotClient(platform.url());
        String choice = VotingLoad.firstChoice(platform.url(), cycleId);
        for (Rnokpp person : load.cutOff().subList(0, Math.min(10, load.cutOff().size()))) {
            assertTrue(SignedBallotClient.registrations(database, cycleId, person) <= 1);
            int again = api.cast(cycleId, TestServices.testSigner().voter(person.value()).signAttached(api.issue(cycleId, choice)))
                    .statusCode();
            assertTrue(again == 201 || again == 409, "a voter cut off votes again or is told they did: " + again);
            assertEquals(1, SignedBallotClient.registrations(database, cycleId, person));
        }
        assertFalse(load.acknowledged().isEmpty());
        assertEquals(201, aNewVote(), "a new voter is served");
    }

    private static int aNewVote() {
        SignedBallotClient api = new SignedBallotClient(platform.url());
        Rnokpp person = DemoVoting.newPerson();
        return api.cast(cycleId, TestServices.testSigner().voter(person.value())
                .signAttached(api.issue(cycleId, VotingLoad.firstChoice(platform.url(), cycleId)))).statusCode();
    }

    /** Polls /health/ready until it says ready, at most this long: whether it did. */
    private static boolean awaitReady(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (status("health/ready") == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** Polls until the platform is ready and takes a ballot (at most two minutes). */
    private static void awaitServing() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (status("health/ready") == 200 && aNewVote() == 201) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the document or the ballot was refused: not serving yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the platform did not serve again within two minutes; see " + platform.serverLog());
    }

    private static int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(platform.url() + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long count(DatabaseSettings database, String sql) {
        return PlatformDatabase.count(database, sql, cycleId);
    }
}
