package ua.uchast.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.signature.RejectionReason;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.testsupport.TestSigner;
import ua.uchast.testsupport.TestSigner.Algorithm;

/** The signature channel's boundary, as the voting component calls it. */
class QualifiedSignaturesTest {

    private static final String SECRET = "qualified-signatures-test-secret-0123456789";
    private static final String VOTER = "3121203458";
    private static final byte[] BALLOT = "{\"cycle\":7,\"nonce\":\"abc\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;
    private static TestSigner signer;
    private static QualifiedSignatures signatures;
    private static final ResidentKeys KEYS = new ResidentKeys(SECRET);

    @BeforeAll
    static void trustTheTestCas() {
        signer = TestSigner.create(dir.resolve("trust"), Duration.ofDays(30));
        signatures = channel(Optional.of(signer.trustFolder().toString()));
    }

    private static QualifiedSignatures channel(Optional<String> trustedCaDirs) {
        return new QualifiedSignatures(trustedCaDirs, false, KEYS, Clock.systemUTC());
    }

    private static void assertRefused(RejectionReason reason, SignatureCheck check) {
        assertFalse(check.accepted());
        assertEquals(reason.name(), check.reasonCode());
        assertEquals("signature.rejection." + reason.name(), check.reasonKey());
        assertNull(check.person());
    }

    @Test
    void anAttachedVoterSignatureIdentifiesThePersonByTheirResidentKey() {
        SignatureCheck check = signatures.check(signer.voter(VOTER).signAttached(BALLOT), BALLOT, Instant.now());

        assertTrue(check.accepted());
        assertNull(check.reasonCode());
        assertFalse(check.unreadable());
        assertEquals(new SignedPerson(KEYS.keyOf(Rnokpp.of(VOTER)).hex(), LocalDate.of(1985, 6, 15), Rnokpp.Gender.MALE,
                "Виборець Тестовий"), check.person());
    }

    @Test
    void dstuDetachedAndPemOrBase64SignaturesAreAccepted() {
        TestSigner.SigningKey dstu = signer.voter(VOTER, Algorithm.DSTU_4145);
        byte[] detached = dstu.signDetached(BALLOT);
        String pem = "-----BEGIN CMS-----\n" + Base64.getMimeEncoder().encodeToString(detached) + "\n-----END CMS-----\n";

        assertTrue(signatures.check(detached, BALLOT, Instant.now()).accepted());
        assertTrue(signatures.check(pem.getBytes(StandardCharsets.US_ASCII), BALLOT, Instant.now()).accepted());
        assertTrue(signatures.check(Base64.getEncoder().encode(dstu.signAttached(BALLOT)), BALLOT, Instant.now()).accepted());
    }

    @Test
    void theSignatureMustBeOverExactlyTheDocument() {
        byte[] other = "{\"cycle\":7,\"nonce\":\"abd\"}".getBytes(StandardCharsets.UTF_8);

        assertRefused(RejectionReason.CONTENT_MISMATCH, signatures.check(signer.voter(VOTER).signAttached(other), BALLOT, null));
        assertRefused(RejectionReason.CONTENT_MISMATCH, signatures.check(signer.voter(VOTER).signDetached(other), BALLOT, null));
    }

    @Test
    void certificatesAreJudgedAtTheMomentOfCasting() {
        byte[] signature = signer.voter(VOTER).signAttached(BALLOT);

        assertRefused(RejectionReason.CERTIFICATE_EXPIRED, signatures.check(signature, BALLOT, Instant.now().plus(Duration.ofDays(60))));
        assertRefused(RejectionReason.CERTIFICATE_NOT_YET_VALID, signatures.check(signature, BALLOT, Instant.now().minus(Duration.ofDays(2))));
    }

    @Test
    void theBadKindsOfKeyAreRefusedWithTheirReasons() {
        assertRefused(RejectionReason.SEAL_CERTIFICATE, signatures.check(signer.seal("43395033").signAttached(BALLOT), BALLOT, null));
        assertRefused(RejectionReason.NOT_A_SIGNING_CERTIFICATE, signatures.check(signer.encryptionOnly(VOTER).signAttached(BALLOT), BALLOT, null));
        assertRefused(RejectionReason.CERTIFICATE_EXPIRED, signatures.check(signer.expired(VOTER).signAttached(BALLOT), BALLOT, null));
        assertRefused(RejectionReason.UNTRUSTED_CHAIN, signatures.check(signer.untrusted(VOTER).signAttached(BALLOT), BALLOT, null));
        assertRefused(RejectionReason.NO_TAX_NUMBER, signatures.check(signer.withoutTaxNumber().signAttached(BALLOT), BALLOT, null));
        assertRefused(RejectionReason.INVALID_TAX_NUMBER, signatures.check(signer.wrongCheckDigit(VOTER).signAttached(BALLOT), BALLOT, null));
    }

    @Test
    void garbageIsUnreadableAndHasNoContent() {
        byte[] garbage = "definitely not a signature".getBytes(StandardCharsets.US_ASCII);

        SignatureCheck check = signatures.check(garbage, BALLOT, null);

        assertRefused(RejectionReason.MALFORMED_INPUT, check);
        assertTrue(check.unreadable());
        assertTrue(signatures.signedContent(garbage).isEmpty());
        assertTrue(signatures.signedContent(new byte[0]).isEmpty());
        assertTrue(signatures.signedContent(null).isEmpty());
        assertTrue(signatures.check(new byte[0], BALLOT, null).unreadable());
    }

    @Test
    void signedContentIsTheAttachedDocumentAndEmptyForADetachedSignature() {
        assertArrayEquals(BALLOT, signatures.signedContent(signer.voter(VOTER).signAttached(BALLOT)).orElseThrow());
        assertTrue(signatures.signedContent(signer.voter(VOTER).signDetached(BALLOT)).isEmpty());
    }

    @Test
    void withoutATrustFolderTheChannelIsOffAndRefusesRatherThanCrashing() {
        QualifiedSignatures unset = channel(Optional.empty());
        QualifiedSignatures missing = channel(Optional.of(dir.resolve("absent").toString()));

        assertFalse(unset.enabled());
        assertFalse(missing.enabled());
        assertTrue(signatures.enabled());
        assertRefused(RejectionReason.NO_TRUSTED_CA, missing.check(signer.voter(VOTER).signAttached(BALLOT), BALLOT, null));
    }

    @Test
    void severalTrustFoldersAreReadTogether() throws Exception {
        TestSigner other = TestSigner.create(dir.resolve("other-trust"), Duration.ofDays(30));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        QualifiedSignatures both = channel(Optional.of(signer.trustFolder() + "," + empty + File.pathSeparator
                + other.trustFolder()));

        assertTrue(both.check(signer.voter(VOTER).signAttached(BALLOT), BALLOT, null).accepted());
        assertTrue(both.check(other.voter(VOTER).signAttached(BALLOT), BALLOT, null).accepted());
    }

    @Test
    void everyReasonHasUkrainianAndEnglishText() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("uk")}) {
            ResourceBundle bundle = ResourceBundle.getBundle("ua.uchast.i18n.messages", locale);
            for (RejectionReason reason : RejectionReason.values()) {
                assertFalse(bundle.getString(reason.key()).isBlank(), reason.key());
            }
        }
        assertTrue(ResourceBundle.getBundle("ua.uchast.i18n.messages", Locale.forLanguageTag("uk"))
                .getString(RejectionReason.SEAL_CERTIFICATE.key()).contains("печатка"));
    }
}
