package ua.uchast.identity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.uchast.identity.control.signature.SharedFixtures;
import ua.uchast.identity.control.signature.TestPki;
import ua.uchast.identity.control.signature.TestPki.Issued;
import ua.uchast.identity.control.signature.TestPki.KeyType;
import ua.uchast.identity.control.signature.TestPki.PersonProfile;
import ua.uchast.platform.cli.CliCommand;

class VerifySignatureCommandTest {

    private static final byte[] BALLOT = "ballot 2027: 17, 42".getBytes(StandardCharsets.UTF_8);
    private static final Issued CA = TestPki.rootCa("ЦСК для CLI", KeyType.EC_P256);
    private static final Issued VOTER = TestPki.person(CA, PersonProfile.voter());

    @TempDir
    Path dir;
    private Path trust;
    private String out;
    private String err;

    @BeforeEach
    void trustTheTestCaAsPem() throws IOException {
        trust = Files.createDirectories(dir.resolve("trust"));
        Files.writeString(trust.resolve("test-ca.pem"), pem("CERTIFICATE", CA.certificate().getEncoded()));
    }

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit = new VerifySignatureCommand().run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private void assertOutputHas(String... members) {
        for (String member : members) {
            assertTrue(out.contains(member), () -> "missing " + member + " in\n" + out);
        }
    }

    @Test
    void acceptableVoterSignature() throws IOException {
        Path signature = file("ballot.p7s", TestPki.sign(VOTER, BALLOT, true));

        assertEquals(CliCommand.EXIT_OK, run("--trust", trust.toString(), signature.toString()));
        assertOutputHas("\"signatureValid\": true", "\"chainValid\": true", "\"voterIdentity\": true", "\"reason\": null",
                "\"rnokpp\": \"3038104120\"", "\"signer\": \"Шевченко Олена Петрівна\"", "\"edrpou\": null",
                "\"signingTime\": \"2027-05-01T10:00:00Z\"", "\"algorithm\": \"SHA256WITHECDSA\"");
        assertTrue(out.strip().startsWith("{") && out.strip().endsWith("}"));
    }

    @Test
    void detachedSignatureWithContent() throws IOException {
        Path signature = file("ballot.p7s", TestPki.sign(VOTER, BALLOT, false));
        Path content = file("ballot.txt", BALLOT);

        assertEquals(CliCommand.EXIT_OK, run("--trust", trust.toString(), "--content", content.toString(), signature.toString()));
    }

    @Test
    void detachedSignatureWithoutContentIsANegativeVerdict() throws IOException {
        Path signature = file("ballot.p7s", TestPki.sign(VOTER, BALLOT, false));

        assertEquals(CliCommand.EXIT_NEGATIVE, run("--trust", trust.toString(), signature.toString()));
        assertOutputHas("\"signatureValid\": false", "\"reason\": \"no signed data supplied\"");
    }

    @Test
    void momentSetsWhenCertificatesAreJudged() throws IOException {
        Path signature = file("ballot.p7s", TestPki.sign(VOTER, BALLOT, true));
        String later = TestPki.NOW.plus(Duration.ofDays(400)).toString();

        assertEquals(CliCommand.EXIT_NEGATIVE, run("--trust", trust.toString(), "--at", later, signature.toString()));
        assertOutputHas("\"reasonCode\": \"CERTIFICATE_EXPIRED\"", "\"checkedAt\": \"" + later + "\"");
    }

    @Test
    void crlFileInTheTrustFolder() throws IOException {
        Issued revoked = TestPki.person(CA, PersonProfile.voter());
        Files.write(trust.resolve("test-ca.crl"),
                TestPki.crlRevoking(CA, revoked.certificate(), TestPki.NOW.minus(Duration.ofDays(1))).getEncoded());
        Path signature = file("ballot.p7s", TestPki.sign(revoked, BALLOT, true));

        assertEquals(CliCommand.EXIT_NEGATIVE, run("--trust", trust.toString(), "--at", TestPki.NOW.toString(),
                signature.toString()));
        assertOutputHas("\"reason\": \"the certificate has been revoked\"");
    }

    @Test
    void diiaSealFixture() {
        Path diiaTrust = SharedFixtures.trustFolder(dir.resolve("diia"),
                "uapki/CAO-05E19E2CD92EA2990100000001000000C1000000.cer",
                "uapki/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer");

        int exit = run("--trust", diiaTrust.toString(), "--at", "2023-09-19T18:17:18Z",
                SharedFixtures.path("uapki/cades-bes-attached.p7s").toString());

        assertEquals(CliCommand.EXIT_NEGATIVE, exit);
        assertOutputHas("\"signatureValid\": true", "\"chainValid\": true", "\"voterIdentity\": false",
                "\"reasonCode\": \"SEAL_CERTIFICATE\"", "\"signer\": \"ДП ДІЯ (Тестування)\"", "\"edrpou\": \"43395033\"",
                "\"rnokpp\": null", "\"signingTime\": \"2023-09-19T18:17:18Z\"",
                "\"algorithm\": \"DSTU 4145 with GOST 34.311-95 (little-endian)\"");
    }

    @Test
    void diiaDetachedFixtureWithTamperedContent() {
        int exit = run("--trust", trust.toString(), "--content", SharedFixtures.path("uapki/test-fox-tampered.bin").toString(),
                SharedFixtures.path("uapki/cades-bes-detached.p7s").toString());

        assertEquals(CliCommand.EXIT_NEGATIVE, exit);
        assertOutputHas("\"signatureValid\": false", "\"reasonCode\": \"CONTENT_MISMATCH\"");
    }

    @Test
    void unreadableInputs() throws IOException {
        byte[] signature = TestPki.sign(VOTER, BALLOT, true);
        byte[] huge = new byte[1024 * 1024 + 1];
        huge[0] = 0x30;
        List<Path> inputs = new ArrayList<>(List.of(
                file("empty.p7s", new byte[0]),
                file("truncated.p7s", Arrays.copyOf(signature, signature.length / 2)),
                file("huge.p7s", huge),
                file("text.p7s", "hello, world".getBytes(StandardCharsets.US_ASCII))));

        for (Path input : inputs) {
            assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString(), input.toString()), input.toString());
            assertOutputHas("\"signatureValid\": false", "\"voterIdentity\": false");
        }
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString(), inputs.get(0).toString()));
        assertOutputHas("\"reason\": \"the signature file is empty\"");
    }

    @Test
    void missingFile() {
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString(), dir.resolve("absent.p7s").toString()));
        assertTrue(err.contains("absent.p7s"));
        assertEquals("", out);
    }

    @Test
    void badUsage() throws IOException {
        Path signature = file("ballot.p7s", TestPki.sign(VOTER, BALLOT, true)).toAbsolutePath();

        assertEquals(CliCommand.EXIT_USAGE, run(signature.toString()));
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString()));
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString(), "--at", "yesterday", signature.toString()));
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString(), "--colour", signature.toString()));
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", trust.toString(), signature.toString(), signature.toString()));
        assertEquals(CliCommand.EXIT_USAGE, run("--trust", dir.resolve("no-such-folder").toString(), signature.toString()));
        assertEquals(CliCommand.EXIT_USAGE, run("--trust"));
        assertTrue(err.contains("Usage"));
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001e\\u2028ї\"", JsonObjectWriter.quote("a\"b\\c\nd\u0001e\u2028ї"));
    }

    @Test
    void withoutAMomentAnUntimeStampedSignatureIsJudgedNow() {
        Path diiaTrust = SharedFixtures.trustFolder(dir.resolve("diia"),
                "uapki/CAO-05E19E2CD92EA2990100000001000000C1000000.cer",
                "uapki/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer");

        int exit = run("--trust", diiaTrust.toString(), SharedFixtures.path("uapki/cades-bes-attached.p7s").toString());

        assertEquals(CliCommand.EXIT_NEGATIVE, exit);
        assertOutputHas("\"reasonCode\": \"CERTIFICATE_EXPIRED\"", "\"timeStampTrusted\": false",
                "\"revocationChecked\": false");
    }

    @Test
    void aDeploymentMayRequireARevocationCheck() throws IOException {
        Path signature = file("ballot.p7s", TestPki.sign(VOTER, BALLOT, true));

        assertEquals(CliCommand.EXIT_NEGATIVE, run("--trust", trust.toString(), "--at", TestPki.NOW.toString(),
                "--require-revocation-check", signature.toString()));
        assertOutputHas("\"reasonCode\": \"REVOCATION_UNKNOWN\"");
    }
}
