package ua.uchast.voting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ua.uchast.community.control.CommunityDemo;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;
import ua.uchast.testsupport.TestSigner;
import ua.uchast.testsupport.TestSigner.SigningKey;
import ua.uchast.testsupport.WebClient;
import ua.uchast.testsupport.WebClient.Page;
import ua.uchast.voting.DemoVoting;
import ua.uchast.voting.SignedBallotClient;
import ua.uchast.voting.entity.VotingRefusal;

/**
 * Ballots signed with a qualified e-signature, through the public API, against the running platform with a test CA it
 * trusts: attached and detached, ECDSA and DSTU 4145; and every way one can go wrong, each refused with its status and
 * code, nothing kept, and the refusal recorded with its reason.
 */
class SignedBallotsApiIT {

    private static final SignedBallotClient API = new SignedBallotClient();
    private static TestSigner signer;
    private static long cycleId;
    private static String choice;
    private static String otherChoice;

    @BeforeAll
    static void start() {
        signer = TestServices.testSigner();
        cycleId = DemoVoting.cycleIn(CommunityDemo.VYSHNEVA, "VOTING");
        JsonObject small = Json.createReader(new StringReader(DemoVoting.get("api/v1/cycles/" + cycleId + "/ballot-form")))
                .readObject().getJsonArray("categories").getJsonObject(0);
        String category = small.getJsonNumber("id").toString();
        choice = "{\"" + category + "\": [" + small.getJsonArray("projects").getJsonObject(0).getJsonNumber("id") + "]}";
        otherChoice = "{\"" + category + "\": [" + small.getJsonArray("projects").getJsonObject(1).getJsonNumber("id") + "]}";
    }

    private static void assertRefused(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, SignedBallotClient.json(response).getString("error"), response.body());
    }

    private static void assertReason(HttpResponse<String> response, String reason) {
        assertRefused(response, 400, "signature-invalid");
        assertEquals(reason, SignedBallotClient.json(response).getString("reason"), response.body());
        assertTrue(PlatformDatabase.count("SELECT COUNT(*) FROM signed_ballot_refusal WHERE cycle_id = ? AND reason_code = ?",
                cycleId, reason) > 0, "the refusal is recorded with its reason");
    }

    @Test
    void anAttachedEcdsaSignatureCastsTheBallotOnceAndItsReceiptShowsIt() {
        Rnokpp person = DemoVoting.newPerson();
        SigningKey key = signer.voter(person.value());
        long evidence = PlatformDatabase.count("SELECT COUNT(*) FROM signature_evidence WHERE cycle_id = ?", cycleId);
        byte[] signature = key.signAttached(API.issue(cycleId, choice));
        HttpResponse<String> cast = API.cast(cycleId, signature);
        assertEquals(201, cast.statusCode(), cast.body());
        String receipt = SignedBallotClient.json(cast).getString("receipt");
        JsonObject checked = Json.createReader(new StringReader(DemoVoting.get("api/v1/receipts/" + receipt))).readObject();
        assertEquals("signature", checked.getString("channel"));
        assertTrue(checked.isNull("lineHash"), "no line while voting runs");
        assertEquals(1, SignedBallotClient.registrations(cycleId, person));
        assertEquals(evidence + 1, PlatformDatabase.count("SELECT COUNT(*) FROM signature_evidence WHERE cycle_id = ?", cycleId),
                "the signed ballot is kept as evidence");

        assertRefused(API.cast(cycleId, signature), 422, "nonce-used");
        HttpResponse<String> again = API.cast(cycleId, key.signAttached(API.issue(cycleId, otherChoice)));
        assertRefused(again, 409, "already-voted");
        assertTrue(SignedBallotClient.json(again).getString("message").contains("з кваліфікованим електронним підписом"),
                again.body());
        assertEquals(1, SignedBallotClient.registrations(cycleId, person), "nothing counted twice");
    }

    @Test
    void aDstuSignatureAndADetachedOneAreAcceptedToo() {
        byte[] dstuDocument = API.issue(cycleId, choice);
        assertEquals(201, API.cast(cycleId, signer.voter(DemoVoting.newPerson().value(), TestSigner.Algorithm.DSTU_4145)
                .signAttached(dstuDocument)).statusCode());
        byte[] document = API.issue(cycleId, choice);
        HttpResponse<String> detached = API.castDetached(cycleId, signer.voter(DemoVoting.newPerson().value())
                .signDetached(document), document);
        assertEquals(201, detached.statusCode(), detached.body());
    }

    @Test
    void aChangedDocumentAndAnotherCyclesOrAnExpiredNonceAreRefused() {
        SigningKey key = signer.voter(DemoVoting.newPerson().value());
        byte[] document = API.issue(cycleId, choice);
        String text = new String(document, StandardCharsets.UTF_8);
        String changed = text.replace(choice.replace(" ", "").replaceAll("^\\{|}$", ""),
                otherChoice.replace(" ", "").replaceAll("^\\{|}$", ""));
        assertRefused(API.cast(cycleId, key.signAttached(changed.getBytes(StandardCharsets.UTF_8))), 422, "document-changed");
        assertRefused(API.cast(DemoVoting.cycleIn(CommunityDemo.MYRNE, "COUNTING"), key.signAttached(document)), 422,
                "nonce-other-cycle");

        byte[] expired = API.issue(cycleId, choice);
        String nonce = new String(expired, StandardCharsets.UTF_8).replaceAll(".*\"nonce\":\"([0-9a-f]{32})\".*", "$1");
        PlatformDatabase.execute("UPDATE ballot_nonce SET expires_at = ? WHERE nonce = ?",
                LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1), nonce);
        assertRefused(API.cast(cycleId, key.signAttached(expired)), 422, "nonce-expired");

        assertRefused(API.cast(cycleId, key.signAttached("{\"nonce\":\"00000000000000000000000000000000\"}"
                .getBytes(StandardCharsets.UTF_8))), 422, "nonce-unknown");
        byte[] other = API.issue(cycleId, choice);
        assertReason(API.castDetached(cycleId, key.signDetached(document), other), "CONTENT_MISMATCH");
    }

    @Test
    void certificatesThatCannotVoteAreRefusedWithTheVerifiersReason() {
        String person = DemoVoting.newPerson().value();
        assertReason(API.cast(cycleId, signer.seal("12345678").signAttached(API.issue(cycleId, choice))), "SEAL_CERTIFICATE");
        assertReason(API.cast(cycleId, signer.encryptionOnly(person).signAttached(API.issue(cycleId, choice))),
                "NOT_A_SIGNING_CERTIFICATE");
        assertReason(API.cast(cycleId, signer.expired(person).signAttached(API.issue(cycleId, choice))), "CERTIFICATE_EXPIRED");
        assertReason(API.cast(cycleId, signer.untrusted(person).signAttached(API.issue(cycleId, choice))), "UNTRUSTED_CHAIN");
        assertReason(API.cast(cycleId, signer.withoutTaxNumber().signAttached(API.issue(cycleId, choice))), "NO_TAX_NUMBER");
        assertReason(API.cast(cycleId, signer.wrongCheckDigit(person).signAttached(API.issue(cycleId, choice))),
                "INVALID_TAX_NUMBER");
        assertEquals(0, SignedBallotClient.registrations(cycleId, Rnokpp.of(person)), "none of them voted");
    }

    @Test
    void aTooYoungSignerIsNotEligibleAndUnreadableOrOverSizeUploadsAreToldSo() {
        Rnokpp child = Rnokpp.compose(LocalDate.now().minusYears(12), Rnokpp.Gender.FEMALE, 7);
        HttpResponse<String> young = API.cast(cycleId, signer.voter(child.value()).signAttached(API.issue(cycleId, choice)));
        assertRefused(young, 403, "not-eligible");
        assertTrue(SignedBallotClient.json(young).getString("message").contains("молодші"), young.body());
        assertRefused(API.cast(cycleId, "not a signature".getBytes(StandardCharsets.UTF_8)), 400, "signature-invalid");
        assertRefused(API.cast(cycleId, new byte[1024 * 1024 + 1]), 413, "too-large");
    }

    @Test
    void theAdministratorSeesRefusalsPerReasonAndExportsSignedBallotsOnlyWithAReasonThatIsLogged() {
        String exports = "SELECT COUNT(*) FROM audit_entry WHERE action = 'ballot.evidenceExported'";
        assertEquals(201, API.cast(cycleId, signer.voter(DemoVoting.newPerson().value())
                .signAttached(API.issue(cycleId, choice))).statusCode());
        API.cast(cycleId, signer.voter(DemoVoting.newPerson().value()).signAttached("{\"nonce\":\"0\"}".getBytes(StandardCharsets.UTF_8)));
        String page = "voting/admin/signed-ballots.xhtml?cycle=" + cycleId;

        WebClient commission = new WebClient(TestServices.platformUrl());
        commission.signIn(CommunityDemo.COMMISSION_MEMBER, CommunityDemo.PASSWORD);
        assertEquals(403, commission.get(page).status(), "a commission member may not see signed ballots");

        WebClient admin = new WebClient(TestServices.platformUrl());
        admin.signIn(CommunityDemo.ADMINISTRATORS.get(0), CommunityDemo.PASSWORD);
        Page refusals = admin.get(page);
        assertEquals(200, refusals.status(), refusals.body());
        assertTrue(refusals.body().matches("(?s).*<code>nonce-unknown</code></td><td>"
                + PlatformDatabase.count("SELECT COUNT(*) FROM signed_ballot_refusal WHERE cycle_id = ? AND reason_code = ?",
                        cycleId, VotingRefusal.NONCE_UNKNOWN) + "</td>.*"), refusals.body());

        long before = PlatformDatabase.count(exports);
        Page noReason = admin.submit(refusals, "exportForm", "export", Map.of("exportForm:reason", ""));
        assertTrue(noReason.contains("Заповніть це поле"), noReason.body());
        assertEquals(before, PlatformDatabase.count(exports), "nothing leaves without a reason");

        Page zip = admin.submit(refusals, "exportForm", "export", Map.of("exportForm:reason", "Скарга № 12 від 1 грудня"));
        assertEquals(200, zip.status());
        assertTrue(zip.response().headers().firstValue("Content-Disposition").orElse("")
                .contains("signed-ballots-" + cycleId + ".zip"), zip.response().headers().toString());
        assertTrue(zip.body().startsWith("PK") && zip.body().contains(".p7s") && zip.body().contains(".json"),
                "a zip with each ballot's signature and document");
        assertEquals(before + 1, PlatformDatabase.count(exports), "the export is in the action log");
    }
}
