package ua.uchast.voting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import ua.uchast.identity.control.TaxNumberHasher;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.PlatformDatabase;
import ua.uchast.testsupport.TestServices;

/**
 * What an outside program does to vote with a qualified e-signature through the public API: ask for a ballot document,
 * sign it, upload the signature. Also looks into the platform's database for what a test must count.
 */
public final class SignedBallotClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base = TestServices.platformUrl();

    /** A ballot document for the choice (JSON of {"<category>": [projects]}), with the declaration of residence. */
    public byte[] issue(long cycleId, String choices) {
        HttpResponse<String> issued = post(cycleId, "ballot-documents", "application/json",
                ("{\"choices\": " + choices + ", \"declared\": true}").getBytes(StandardCharsets.UTF_8));
        if (issued.statusCode() != 201) {
            throw new IllegalStateException("No document: " + issued.statusCode() + " " + issued.body());
        }
        return Base64.getDecoder().decode(json(issued).getString("document"));
    }

    /** Uploads an attached signature as the API's body. */
    public HttpResponse<String> cast(long cycleId, byte[] signature) {
        return post(cycleId, "signed-ballots", "application/pkcs7-signature", signature);
    }

    /** Uploads a detached signature with its document, as multipart/form-data. */
    public HttpResponse<String> castDetached(long cycleId, byte[] signature, byte[] document) {
        String boundary = "uchast-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "signature", "application/pkcs7-signature", signature);
        part(body, boundary, "document", "application/json", document);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return post(cycleId, "signed-ballots", "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String type, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    public HttpResponse<String> post(long cycleId, String what, String contentType, byte[] body) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "api/v1/cycles/" + cycleId + "/" + what))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** How many lines of the cycle's voter register belong to this person (their key, as the platform computes it). */
    public static long registrations(long cycleId, Rnokpp person) {
        String key = new TaxNumberHasher(TestServices.RESIDENT_KEY_SECRET.getBytes(StandardCharsets.UTF_8)).keyOf(person).hex();
        return PlatformDatabase.count("SELECT COUNT(*) FROM voter_register WHERE cycle_id = ? AND person_key = ?", cycleId, key);
    }
}
