package ua.uchast.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.devenv.PayaraProcess;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.proposal.TestImages;
import ua.uchast.testsupport.HostileRecord;
import ua.uchast.testsupport.LoopbackVisitor;
import ua.uchast.testsupport.LoopbackVisitor.Answer;
import ua.uchast.testsupport.ResidentSignIn;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.WebClient;
import ua.uchast.voting.DemoVoting;

/**
 * Every rate limit, on a platform of its own with low limits and a window of seconds instead of an hour (the limits'
 * code is the production code; only the numbers differ): past its limit each answers 429 with Retry-After, counts per
 * address (another address is still served) or per person (another address does not help), and serves again once the
 * wait is over. Visitors come from addresses of their own on loopback (127.0.x.y).
 */
class RateLimitsIT {

    private static final int WINDOW_SECONDS = 10;
    private static final int LIMIT = 3;
    private static final AtomicInteger ADDRESSES = new AtomicInteger(3000);

    private static PayaraProcess platform;
    private static long votingCycle;
    private static String choice;

    @BeforeAll
    static void start() {
        platform = TestServices.startSeparatePlatform("uchast_rate_limits", Map.of(
                "UCHAST_RATE_WINDOW_SECONDS", Integer.toString(WINDOW_SECONDS),
                "UCHAST_RATE_BALLOT_DOCUMENTS_PER_HOUR", Integer.toString(LIMIT),
                "UCHAST_RATE_SIGNED_BALLOTS_PER_HOUR", Integer.toString(LIMIT),
                "UCHAST_RATE_SIGNED_BALLOTS_PER_PERSON_PER_HOUR", "2",
                "UCHAST_RATE_RECEIPT_CHECKS_PER_HOUR", Integer.toString(LIMIT),
                "UCHAST_RATE_UPLOADS_PER_HOUR", "2"));
        votingCycle = DemoVoting.cycleIn(platform.baseUrl(), CommunityDemo.VYSHNEVA, "VOTING");
        choice = VotingLoad.firstChoice(platform.baseUrl(), votingCycle);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void ballotDocumentsAreLimitedPerAddress() throws Exception {
        LoopbackVisitor visitor = newVisitor();
        limitedPerAddress("ballot documents", LIMIT, visitor, any -> issue(visitor), () -> issue(newVisitor()));
    }

    @Test
    void signedBallotsAreLimitedPerAddress() throws Exception {
        LoopbackVisitor visitor = newVisitor();
        byte[] unreadable = "not a signature".getBytes(StandardCharsets.UTF_8);
        limitedPerAddress("signed-ballot uploads", LIMIT, visitor, any -> castFrom(visitor, unreadable),
                () -> castFrom(newVisitor(), unreadable));
    }

    @Test
    void signedBallotsAreLimitedPerPersonWhateverTheAddress() throws Exception {
        Rnokpp person = DemoVoting.newPerson();
        List<Integer> answers = new ArrayList<>();
        Answer refused = untilRefused(2, attempt -> {
            Answer answer = castFrom(newVisitor(), signedBallotOf(person));
            answers.add(answer.status());
            return answer;
        });
        assertTrue(answers.contains(201) && answers.contains(409), "the ballot, then “already voted”: " + answers);
        waitFor(refused);
        assertEquals(409, castFrom(newVisitor(), signedBallotOf(person)).status(), "counted again after the wait");
        HostileRecord.note(RateLimitsIT.class, "signed ballots of one person, each from a new address", answers.size() + 1,
                "429 with Retry-After " + refused.header("Retry-After").orElseThrow() + " s past 2 a window (counted once the "
                + "signature named the person); after the wait the ballot is judged again (409, already voted)");
    }

    @Test
    void receiptChecksAreLimitedPerAddress() throws Exception {
        LoopbackVisitor visitor = newVisitor();
        limitedPerAddress("receipt checks", LIMIT, visitor, any -> receipt(visitor), () -> receipt(newVisitor()));
    }

    @Test
    void staffSignInIsLimitedPerUsernameAndPerAddress() throws Exception {
        String username = CommunityDemo.COMMISSION_MEMBER;
        Answer perUsername = untilRefused(5, attempt -> signIn(newVisitor(), username, "wrong-password-" + attempt));
        assertEquals(429, signIn(newVisitor(), username, CommunityDemo.PASSWORD).status(),
                "not even the right password is looked at while the username waits");
        waitFor(perUsername);
        Answer signedIn = signIn(newVisitor(), username, CommunityDemo.PASSWORD);
        assertEquals(302, signedIn.status(), "signed in after the wait: " + signedIn.body());

        LoopbackVisitor visitor = newVisitor();
        Answer perAddress = untilRefused(20, attempt -> signIn(visitor, "nobody" + attempt, "wrong-password"));
        assertNotEquals(429, signIn(newVisitor(), "nobody-else", "wrong-password").status(), "another address is looked at");
        waitFor(perAddress);
        assertNotEquals(429, signIn(visitor, "nobody-more", "wrong-password").status());
        HostileRecord.note(RateLimitsIT.class, "staff sign-in failures: one username from new addresses, then many "
                + "usernames from one address", 5 + 20 + 6, "429 with Retry-After after 5 failures per username and 20 "
                + "per address; another address still served; the right password works after the wait");
    }

    @Test
    void uploadsAreLimitedPerResident() throws Exception {
        long cycle = DemoVoting.cycleIn(platform.baseUrl(), CommunityDemo.VYSHNEVA, "SUBMISSION");
        WebClient resident = ResidentSignIn.as(platform.baseUrl(), DemoVoting.newPerson());
        WebClient.Page form = resident.get("proposal/edit?cycle=" + cycle);
        byte[] photo = TestImages.image("png", 8, 8);
        Map<String, String> draft = Map.of("projectForm:title", "Лавки біля ставу");
        List<Integer> answers = new ArrayList<>();
        WebClient.Page refused = null;
        for (int upload = 0; upload < 6 && refused == null; upload++) {
            WebClient.Page answer = resident.submitWithFile(form, "projectForm", "uploadPhoto", draft, "projectForm:photo",
                    "photo.png", photo);
            answers.add(answer.status());
            if (answer.status() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.status(), answer.body());
                form = answer;
            }
        }
        assertTrue(refused != null, "no 429 among " + answers);
        assertTrue(refused.contains("Забагато завантажень"), refused.body());
        long wait = Long.parseLong(refused.response().headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(wait * 1000);
        WebClient.Page again = resident.submitWithFile(form, "projectForm", "uploadPhoto", draft, "projectForm:photo",
                "photo.png", photo);
        assertEquals(200, again.status(), "uploads again after the wait");
        HostileRecord.note(RateLimitsIT.class, "photo uploads of one resident", answers.size() + 1, "429 with Retry-After "
                + wait + " s and the form's message past 2 a window; uploads again after the wait");
    }

    /**
     * Sends from one address until refused (at least {@code limit} served first), then shows that another address is
     * served and that the first is served again once Retry-After has passed.
     */
    private static void limitedPerAddress(String what, int limit, LoopbackVisitor visitor, IntFunction<Answer> fromIt,
            Supplier<Answer> fromAnother) throws InterruptedException {
        Answer refused = untilRefused(limit, fromIt);
        assertNotEquals(429, fromAnother.get().status(), what + ": another address is served");
        waitFor(refused);
        assertNotEquals(429, fromIt.apply(0).status(), what + ": served again after the wait");
        HostileRecord.note(RateLimitsIT.class, what + " from one address", limit + 3, "429 with Retry-After "
                + refused.header("Retry-After").orElseThrow() + " s past " + limit + " a window; another address served; "
                + "served again after the wait");
    }

    /**
     * Repeats until a 429 comes; at least {@code limit} answers before it must have been served (a window may end
     * midway, so more may be), and the 429 must say when to come back.
     */
    private static Answer untilRefused(int limit, IntFunction<Answer> attempt) {
        int served = 0;
        for (int i = 0; i < 3 * (limit + 1); i++) {
            Answer answer = attempt.apply(i);
            if (answer.status() == 429) {
                assertTrue(served >= limit, "refused after only " + served + " (limit " + limit + ")");
                long seconds = Long.parseLong(answer.header("Retry-After").orElseThrow(() -> new AssertionError(
                        "429 without Retry-After: " + answer.headers())));
                assertTrue(seconds >= 1 && seconds <= 15 * 60, "Retry-After " + seconds);
                return answer;
            }
            served++;
        }
        throw new AssertionError("never refused after " + served + " (limit " + limit + ")");
    }

    private static void waitFor(Answer refused) throws InterruptedException {
        Thread.sleep(Long.parseLong(refused.header("Retry-After").orElseThrow()) * 1000 + 200);
    }

    private static LoopbackVisitor newVisitor() {
        return new LoopbackVisitor(platform.baseUrl(), ADDRESSES.incrementAndGet());
    }

    private static Answer issue(LoopbackVisitor visitor) {
        return visitor.send("POST", "api/v1/cycles/" + votingCycle + "/ballot-documents", "application/json",
                ("{\"choices\": " + choice + ", \"declared\": true}").getBytes(StandardCharsets.UTF_8));
    }

    private static Answer castFrom(LoopbackVisitor visitor, byte[] signature) {
        return visitor.send("POST", "api/v1/cycles/" + votingCycle + "/signed-ballots", "application/pkcs7-signature", signature);
    }

    /** A ballot document issued to a fresh address (documents are limited apart), signed by the person. */
    private static byte[] signedBallotOf(Rnokpp person) {
        Answer issued = issue(newVisitor());
        assertEquals(201, issued.status(), issued.body());
        byte[] document = Base64.getDecoder().decode(Json.createReader(new StringReader(issued.body())).readObject()
                .getString("document"));
        return TestServices.testSigner().voter(person.value()).signAttached(document);
    }

    private static Answer receipt(LoopbackVisitor visitor) {
        return visitor.send("GET", "api/v1/receipts/AAAAA-BBBBB-CCCCC-DDDDD", null, null);
    }

    private static Answer signIn(LoopbackVisitor visitor, String username, String password) {
        return visitor.submitOnce(visitor.get("login"), "loginForm", "signIn", Map.of("loginForm:username", username,
                "loginForm:password", password));
    }
}
