package ua.uchast.identity.control.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.uchast.identity.control.signature.TestPki.Issued;
import ua.uchast.identity.control.signature.TestPki.KeyType;
import ua.uchast.identity.control.signature.TestPki.PersonProfile;

class TrustAnchorsTest {

    private static final Issued ROOT = TestPki.rootCa("Кореневий ЦЗО", KeyType.EC_P256);
    private static final Issued INTERMEDIATE = TestPki.intermediateCa(ROOT, "КНЕДП",
            TestPki.NOW.minus(Duration.ofDays(100)), TestPki.NOW.plus(Duration.ofDays(100)));

    @TempDir
    Path folder;

    @Test
    void readsDerPemBundlesAndCrlsAndSortsAnchorsFromIntermediates() throws Exception {
        Issued other = TestPki.rootCa("Інший ЦЗО", KeyType.RSA);
        Files.write(folder.resolve("root.cer"), ROOT.certificate().getEncoded());
        Files.writeString(folder.resolve("both.pem"), pem("CERTIFICATE", INTERMEDIATE.certificate().getEncoded())
                + pem("CERTIFICATE", other.certificate().getEncoded()));
        CMSSignedDataGenerator bundle = new CMSSignedDataGenerator();
        bundle.addCertificate(other.certificate());
        Files.write(folder.resolve("CACertificates.p7b"), bundle.generate(new CMSAbsentContent()).getEncoded());
        Files.write(folder.resolve("root.crl"), TestPki.crlRevoking(ROOT, INTERMEDIATE.certificate(), TestPki.NOW).getEncoded());
        Files.writeString(folder.resolve("README.txt"), "trusted CAs of the hromada");

        TrustAnchors trust = TrustAnchors.load(folder);

        assertEquals(3, trust.anchors().size());
        assertEquals(List.of(INTERMEDIATE.certificate()), trust.intermediates());
        assertEquals(1, trust.crls().size());
        assertTrue(trust.isAnchor(ROOT.certificate()));
    }

    @Test
    void intermediateFromTheFolderCompletesThePath() throws IOException {
        Files.write(folder.resolve("root.cer"), ROOT.certificate().getEncoded());
        Files.write(folder.resolve("intermediate.crt"), INTERMEDIATE.certificate().getEncoded());
        Issued voter = TestPki.person(INTERMEDIATE, PersonProfile.voter());

        SignatureVerdict verdict = new SignatureVerifier(TrustAnchors.load(folder))
                .verify(TestPki.sign(voter, "payload".getBytes(StandardCharsets.UTF_8), true), null, TestPki.NOW);

        assertTrue(verdict.voterIdentity(), () -> String.valueOf(verdict.reason()));
    }

    @Test
    void unreadableCertificateFileIsAConfigurationError() throws IOException {
        Files.writeString(folder.resolve("broken.cer"), "not a certificate");

        IOException error = assertThrows(IOException.class, () -> TrustAnchors.load(folder));
        assertTrue(error.getMessage().contains("broken.cer"));
    }

    @Test
    void missingFolder() {
        assertThrows(IOException.class, () -> TrustAnchors.load(folder.resolve("absent")));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
