package ua.uchast.identity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ua.uchast.identity.boundary.QualifiedSignatures;
import ua.uchast.identity.boundary.SignatureCheck;
import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.signature.TestPki;
import ua.uchast.identity.control.signature.TestPki.Issued;
import ua.uchast.identity.control.signature.TestPki.KeyType;
import ua.uchast.identity.control.signature.TestPki.PersonProfile;
import ua.uchast.platform.cli.CliCommand;
import ua.uchast.testsupport.TestSigner;

class SignBallotCommandTest {

    private static final String VOTER = "3121203458";
    private static final char[] PASSWORD = "demo-пароль".toCharArray();
    private static final byte[] BALLOT = "{\"choices\":{\"3\":[17]},\"cycle\":7}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;
    private static TestSigner signer;
    private static Path document;
    private static Path passwordFile;
    private byte[] out;
    private String err;

    @BeforeAll
    static void aTrustedCaAndABallot() throws IOException {
        signer = TestSigner.create(dir.resolve("trust"), Duration.ofDays(30));
        document = Files.write(dir.resolve("ballot.json"), BALLOT);
        passwordFile = Files.writeString(dir.resolve("password.txt"), new String(PASSWORD) + "\n");
    }

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit = new SignBallotCommand().run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toByteArray();
        err = errBytes.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private static Path keyFile(TestSigner.SigningKey key) throws IOException {
        return Files.write(Files.createTempFile(dir, "voter", ".p12"), key.pkcs12(PASSWORD));
    }

    private void assertOneLineRefusal(int exit) {
        assertEquals(CliCommand.EXIT_USAGE, exit);
        assertEquals(0, out.length);
        assertEquals(1, err.strip().lines().count(), err);
    }

    @ParameterizedTest
    @EnumSource(TestSigner.Algorithm.class)
    void theSignatureVerifiesWithVerifySignatureAndTheBoundary(TestSigner.Algorithm algorithm) throws Exception {
        Path key = keyFile(signer.voter(VOTER, algorithm));

        assertEquals(CliCommand.EXIT_OK, run("--key", key.toString(), "--password-file", passwordFile.toString(),
                document.toString()), err);
        Path signature = Files.write(dir.resolve("ballot-" + algorithm + ".p7s"), out);

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        int verified = new VerifySignatureCommand().run(List.of("--trust", signer.trustFolder().toString(),
                "--content", document.toString(), signature.toString()), new PrintStream(json), System.err);
        assertEquals(CliCommand.EXIT_OK, verified, json.toString());
        assertTrue(json.toString().contains(algorithm == TestSigner.Algorithm.DSTU_4145 ? "DSTU 4145" : "ECDSA"), json.toString());
        SignatureCheck check = new QualifiedSignatures(Optional.of(signer.trustFolder().toString()), false,
                new ResidentKeys("sign-ballot-test-secret-0123456789abcdef"), Clock.systemUTC())
                .check(out, BALLOT, Instant.now());
        assertTrue(check.accepted(), check.reasonCode());
    }

    @Test
    void itIsAnAttachedCadesBesWithTheFourSignedAttributes() throws Exception {
        run("--key", keyFile(signer.voter(VOTER)).toString(), "--password-file", passwordFile.toString(), document.toString());

        CMSSignedData signed = new CMSSignedData(out);
        SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
        AttributeTable attributes = info.getSignedAttributes();
        assertNotNull(signed.getSignedContent());
        for (var type : List.of(CMSAttributes.contentType, CMSAttributes.messageDigest, CMSAttributes.signingTime,
                PKCSObjectIdentifiers.id_aa_signingCertificateV2)) {
            assertNotNull(attributes.get(type), type.getId());
        }
    }

    @Test
    void rsaKeysSignToo() throws Exception {
        Issued rsaCa = TestPki.rootCa("ЦСК RSA", KeyType.RSA);
        Issued rsaVoter = TestPki.person(rsaCa, PersonProfile.voter().withTaxNumber(VOTER));
        Path key = keyFile(new TestSigner.SigningKey(rsaVoter.keys(), rsaVoter.certificate(), List.of(rsaCa.certificate())));

        assertEquals(CliCommand.EXIT_OK, run("--key", key.toString(), "--password-file", passwordFile.toString(),
                document.toString()), err);
        Path signature = Files.write(dir.resolve("rsa.p7s"), out);
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Path rsaTrust = Files.createDirectories(dir.resolve("rsa-trust"));
        Files.write(rsaTrust.resolve("rsa-ca.cer"), rsaCa.certificate().getEncoded());
        new VerifySignatureCommand().run(List.of("--trust", rsaTrust.toString(), "--at", TestPki.NOW.toString(),
                signature.toString()), new PrintStream(json, true, StandardCharsets.UTF_8), System.err);
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"voterIdentity\": true"), json.toString());
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("RSA"));
    }

    @Test
    void wrongPasswordUnreadableKeyAndBadUsageAreOneLineRefusals() throws IOException {
        Path key = keyFile(signer.voter(VOTER));
        Path wrongPassword = Files.writeString(dir.resolve("wrong.txt"), "not the password");
        Path notAKey = Files.writeString(dir.resolve("key.p12"), "not a key");

        assertOneLineRefusal(run("--key", key.toString(), "--password-file", wrongPassword.toString(), document.toString()));
        assertTrue(err.contains("wrong password"), err);
        assertOneLineRefusal(run("--key", notAKey.toString(), "--password-file", passwordFile.toString(), document.toString()));
        assertOneLineRefusal(run("--key", dir.resolve("absent.p12").toString(), "--password-file", passwordFile.toString(),
                document.toString()));
        assertOneLineRefusal(run("--key", key.toString(), "--password-file", passwordFile.toString(),
                dir.resolve("absent.json").toString()));
        assertOneLineRefusal(run("--key", key.toString(), document.toString()));
        assertOneLineRefusal(run("--key", key.toString(), "--password-file", passwordFile.toString(), "--colour",
                document.toString()));
        assertOneLineRefusal(run("--key"));
    }
}
