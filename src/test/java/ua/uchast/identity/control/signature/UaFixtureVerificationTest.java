package ua.uchast.identity.control.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verdicts SOURCES.md states for the real DSTU 4145 fixtures in shared/ua-signatures. */
class UaFixtureVerificationTest {

    private static final String CAO = "uapki/CAO-05E19E2CD92EA2990100000001000000C1000000.cer";
    private static final String DIIA_CA = "uapki/diia-CA-05E19E2CD92EA2990100000001000000E1000000.cer";
    private static final String DIIA_SIGN = "uapki/diia-test-sign-7775603.cer";
    private static final String DIIA_KEP = "uapki/diia-test-kep-7775604.cer";
    private static final String FOX = "uapki/test-fox.txt";
    private static final String DIIA_SIGNER = "ДП ДІЯ (Тестування)";
    private static final String TSA_2023 = "uapki/diia-2023-tsp-05E19E2CD92EA29902000000010000004A010000.cer";
    private static final String TSA_2020 = "uapki/diia-tsp-05E19E2CD92EA2990200000001000000E4000000.cer";

    private final SignatureVerifier diiaTrusted = new SignatureVerifier(SharedFixtures.trust(CAO, DIIA_CA));

    @ParameterizedTest
    @CsvSource({
            "cades-bes-attached.p7s, 2023-09-19T18:17:18Z",
            "cades-t-attached.p7s, 2023-09-19T18:17:18Z",
            "cades-bes-attached-custom-attrs.p7s, 2023-09-19T17:55:34Z",
            "cades-c-attached-2023-01.p7s, 2023-01-30T13:20:37Z",
            "cades-xl-attached-2023-01.p7s, 2023-01-30T13:20:37Z",
            "cades-a-attached-2023-01.p7s, 2023-01-30T13:20:38Z"})
    void diiaAttachedSignaturesAreValidButASealIsNoVoter(String file, String signingTime) {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/" + file), null, Instant.parse(signingTime));

        assertTrue(verdict.signatureValid());
        assertTrue(verdict.chainValid(), "chain valid at signing time");
        assertEquals(RejectionReason.SEAL_CERTIFICATE, verdict.reason());
        assertFalse(verdict.voterIdentity());
        assertEquals(Instant.parse(signingTime), verdict.signingTime());
        assertEquals(DIIA_SIGNER, verdict.signer().name());
        assertEquals("43395033", verdict.signer().edrpou());
        assertNull(verdict.signer().taxNumber());
        assertEquals("DSTU 4145 with GOST 34.311-95 (little-endian)", verdict.algorithm());
    }

    @Test
    void attachedContentMustEqualTheDocumentExpected() {
        byte[] signature = SharedFixtures.bytes("uapki/cades-bes-attached.p7s");

        assertTrue(diiaTrusted.verify(signature, SharedFixtures.bytes(FOX), null).signatureValid());
        SignatureVerdict other = diiaTrusted.verify(signature, SharedFixtures.bytes("uapki/test-fox-tampered.bin"), null);
        assertFalse(other.signatureValid());
        assertEquals(RejectionReason.CONTENT_MISMATCH, other.reason());
    }

    @Test
    void aTrustedSignatureTimeStampSetsTheDefaultMoment() {
        SignatureVerifier withTsa = new SignatureVerifier(SharedFixtures.trust(CAO, DIIA_CA, TSA_2023));

        SignatureVerdict verdict = withTsa.verify(SharedFixtures.bytes("uapki/cades-t-attached.p7s"), null, null);

        assertEquals(Instant.parse("2023-09-19T18:17:19Z"), verdict.timeStampTime());
        assertTrue(verdict.timeStampTrusted());
        assertEquals(verdict.timeStampTime(), verdict.checkedAt());
        assertTrue(verdict.chainValid(), "chain valid at the time-stamp's time");
        assertEquals(RejectionReason.SEAL_CERTIFICATE, verdict.reason());
    }

    @Test
    void aTimeStampWhoseAuthorityIsNotInTheTrustFolderIsOnlyAClaim() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/cades-t-attached.p7s"), null, null);

        assertEquals(Instant.parse("2023-09-19T18:17:19Z"), verdict.timeStampTime());
        assertFalse(verdict.timeStampTrusted());
        assertTrue(verdict.checkedAt().isAfter(Instant.parse("2025-01-01T00:00:00Z")), "judged now");
        assertEquals(RejectionReason.CERTIFICATE_EXPIRED, verdict.reason());
    }

    @ParameterizedTest
    @CsvSource({
            "cades-c-attached-2023-01.p7s, 2023-01-30T13:20:37Z",
            "cades-xl-attached-2023-01.p7s, 2023-01-30T13:20:37Z",
            "cades-a-attached-2023-01.p7s, 2023-01-30T13:20:38Z"})
    void the2023TimeStampsVerifyUnderTheEarlierDiiaTsaOnly(String file, String signingTime) {
        SignatureVerifier earlierTsa = new SignatureVerifier(SharedFixtures.trust(CAO, DIIA_CA, TSA_2020));
        SignatureVerifier laterTsa = new SignatureVerifier(SharedFixtures.trust(CAO, DIIA_CA, TSA_2023));

        SignatureVerdict stamped = earlierTsa.verify(SharedFixtures.bytes("uapki/" + file), null, null);
        SignatureVerdict unstamped = laterTsa.verify(SharedFixtures.bytes("uapki/" + file), null, null);

        assertTrue(stamped.timeStampTrusted());
        assertEquals(stamped.timeStampTime(), stamped.checkedAt());
        assertTrue(Duration.between(Instant.parse(signingTime), stamped.timeStampTime()).abs().toMinutes() < 5);
        assertTrue(stamped.chainValid());
        assertEquals(RejectionReason.SEAL_CERTIFICATE, stamped.reason());
        assertFalse(unstamped.timeStampTrusted());
        assertEquals(RejectionReason.CERTIFICATE_EXPIRED, unstamped.reason());
    }

    @Test
    void withoutAMomentOrTimeStampTheSignatureIsJudgedNow() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/cades-bes-attached.p7s"), null, null);

        assertEquals(Instant.parse("2023-09-19T18:17:18Z"), verdict.signingTime());
        assertFalse(verdict.chainValid());
        assertEquals(RejectionReason.CERTIFICATE_EXPIRED, verdict.reason());
        assertFalse(verdict.revocationChecked(), "no CRL of the Diia CA is in the trust folder");
    }

    @Test
    void diiaSealHasExpiredNow() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/cades-bes-attached.p7s"), null,
                Instant.parse("2025-01-01T00:00:00Z"));

        assertTrue(verdict.signatureValid());
        assertFalse(verdict.chainValid());
        assertEquals(RejectionReason.CERTIFICATE_EXPIRED, verdict.reason());
    }

    @Test
    void diiaChainNeedsTheRootTrusted() {
        SignatureVerifier nothingTrusted = new SignatureVerifier(SharedFixtures.trust());
        SignatureVerifier intermediateOnly = new SignatureVerifier(SharedFixtures.trust(DIIA_CA));
        byte[] signature = SharedFixtures.bytes("uapki/cades-bes-attached.p7s");

        assertEquals(RejectionReason.UNTRUSTED_CHAIN, nothingTrusted.verify(signature, null, null).reason());
        assertEquals(RejectionReason.UNTRUSTED_CHAIN, intermediateOnly.verify(signature, null, null).reason());
        assertTrue(nothingTrusted.verify(signature, null, null).signatureValid());
    }

    @Test
    void detachedDiiaSignatureWithTheRightContent() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/cades-bes-detached.p7s"),
                SharedFixtures.bytes(FOX), Instant.parse("2023-09-19T18:17:18Z"));

        assertTrue(verdict.signatureValid());
        assertTrue(verdict.chainValid());
        assertEquals(Instant.parse("2023-09-19T18:17:18Z"), verdict.signingTime());
        assertEquals(RejectionReason.SEAL_CERTIFICATE, verdict.reason());
    }

    @Test
    void detachedDiiaSignatureOverTamperedContent() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/cades-bes-detached.p7s"),
                SharedFixtures.bytes("uapki/test-fox-tampered.bin"), null);

        assertFalse(verdict.signatureValid());
        assertEquals(RejectionReason.CONTENT_MISMATCH, verdict.reason());
    }

    @Test
    void detachedDiiaSignatureWithoutContent() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("uapki/cades-bes-detached.p7s"), null, null);

        assertFalse(verdict.signatureValid());
        assertEquals(RejectionReason.NO_SIGNED_DATA, verdict.reason());
        assertEquals("no signed data supplied", verdict.reason().text());
    }

    @Test
    void jkurwaMessageVerifiesOverReceivedAttributeOrderButIsSelfSigned() {
        SignatureVerdict verdict = diiaTrusted.verify(SharedFixtures.bytes("jkurwa/message.p7"), null, null);

        assertTrue(verdict.signatureValid());
        assertFalse(verdict.chainValid());
        assertEquals(RejectionReason.SELF_SIGNED, verdict.reason());
        assertEquals(Instant.parse("2018-10-22T19:25:05Z"), verdict.signingTime());
    }

    @Test
    void jkurwaMessageChainsWhenItsSelfSignedCertificateIsTrusted() {
        SignatureVerifier selfTrusted = new SignatureVerifier(SharedFixtures.trust("jkurwa/SELF_SIGNED1.cer"));

        assertTrue(selfTrusted.verify(SharedFixtures.bytes("jkurwa/message.p7"), null,
                Instant.parse("2018-10-22T19:25:05Z")).chainValid());
    }

    @Test
    void jkurwaDetachedMessage() {
        byte[] signature = SharedFixtures.bytes("jkurwa/message_detached.p7");

        assertTrue(diiaTrusted.verify(signature, SharedFixtures.bytes("jkurwa/payload-123.txt"), null).signatureValid());
        SignatureVerdict wrong = diiaTrusted.verify(signature, "1234".getBytes(), null);
        assertFalse(wrong.signatureValid());
        assertEquals(RejectionReason.CONTENT_MISMATCH, wrong.reason());
        assertEquals(RejectionReason.NO_SIGNED_DATA, diiaTrusted.verify(signature, null, null).reason());
    }

    @Test
    void diiaSealCertificateChainsAtSigningTime() {
        CertificateAssessment assessment = diiaTrusted.assessCertificate(SharedFixtures.certificate(DIIA_SIGN), List.of(),
                Instant.parse("2023-09-19T18:17:18Z"));

        assertTrue(assessment.chainValid());
        assertEquals(RejectionReason.SEAL_CERTIFICATE, assessment.reason());
    }

    @Test
    void keyAgreementCertificateIsNoSigningCertificate() {
        CertificateAssessment assessment = diiaTrusted.assessCertificate(SharedFixtures.certificate(DIIA_KEP), List.of(),
                Instant.parse("2023-09-19T18:17:18Z"));

        assertTrue(assessment.chainValid());
        assertEquals(RejectionReason.NOT_A_SIGNING_CERTIFICATE, assessment.reason());
    }

    @Test
    void threeDaPersonCertificateHasATaxNumberWithAWrongCheckDigit() {
        SignatureVerifier sitTrusted = new SignatureVerifier(SharedFixtures.trust("uapki/3da-root-dstu-2022.cer"));
        CertificateAssessment assessment = sitTrusted.assessCertificate(
                SharedFixtures.certificate("uapki/3da-test-sign-10C7725C2199026152396900000000000000008A.cer"),
                List.of(), Instant.parse("2024-01-01T00:00:00Z"));

        assertTrue(assessment.chainValid());
        assertEquals("3333333333", assessment.identity().taxNumber());
        assertEquals("Тестовий користувач 3DA", assessment.identity().name());
        assertFalse(assessment.identity().seal());
        assertTrue(assessment.identity().rnokpp().isEmpty());
        assertEquals(RejectionReason.INVALID_TAX_NUMBER, assessment.reason());
    }

    @Test
    void threeDaCertificateHasExpiredNow() {
        SignatureVerifier sitTrusted = new SignatureVerifier(SharedFixtures.trust("uapki/3da-root-dstu-2022.cer"));
        CertificateAssessment assessment = sitTrusted.assessCertificate(
                SharedFixtures.certificate("uapki/3da-test-sign-10C7725C2199026152396900000000000000008A.cer"),
                List.of(), Instant.parse("2025-06-01T00:00:00Z"));

        assertEquals(RejectionReason.CERTIFICATE_EXPIRED, assessment.reason());
    }

    @Test
    void ministryOfJusticeCaChainsToItsRoot() {
        SignatureVerifier czoTrusted = new SignatureVerifier(SharedFixtures.trust("jkurwa/CZOROOT.cer"));
        CertificateAssessment assessment = czoTrusted.assessCertificate(SharedFixtures.certificate("jkurwa/CA-Justice.cer"),
                List.of(), Instant.parse("2018-01-01T00:00:00Z"));

        assertTrue(assessment.chainValid());
        assertEquals(RejectionReason.NOT_A_SIGNING_CERTIFICATE, assessment.reason());
    }

    @Test
    void fiscalServiceStampHasNoChainAvailable() {
        CertificateAssessment assessment = diiaTrusted.assessCertificate(SharedFixtures.certificate("jkurwa/SFS_1.cer"),
                List.of(), Instant.parse("2017-06-01T00:00:00Z"));

        assertFalse(assessment.chainValid());
        assertEquals(RejectionReason.UNTRUSTED_CHAIN, assessment.reason());
        assertEquals("39292197", assessment.identity().edrpou());
    }
}
