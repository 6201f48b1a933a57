package ua.uchast.identity.control.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.identity.control.signature.TestPki.NOW;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ua.uchast.identity.control.signature.TestPki.Issued;
import ua.uchast.identity.control.signature.TestPki.KeyType;
import ua.uchast.identity.control.signature.TestPki.PersonProfile;
import ua.uchast.identity.entity.Rnokpp;

/** Signatures made by a throw-away PKI: the acceptable case, then one defect at a time. */
class SelfGeneratedSignatureTest {

    private static final byte[] BALLOT = "{\"cycle\":\"2027\",\"projects\":[17,42],\"nonce\":\"n-1\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final String EC_CA_NAME = "Тестовий КНЕДП EC";
    private static final Issued EC_CA = TestPki.rootCa(EC_CA_NAME, KeyType.EC_P256);
    private static final Issued RSA_CA = TestPki.rootCa("Тестовий КНЕДП RSA", KeyType.RSA);
    private static final Issued VOTER = TestPki.person(EC_CA, PersonProfile.voter());

    /** Without an explicit moment certificates are judged now: the clock says "now" is the signatures' day. */
    private static final Clock AT_NOW = Clock.fixed(NOW, ZoneOffset.UTC);

    private final SignatureVerifier verifier = verifierTrusting(List.of());

    private static SignatureVerifier verifierTrusting(List<X509CRLHolder> crls) {
        return new SignatureVerifier(TrustAnchors.of(List.of(EC_CA.certificate(), RSA_CA.certificate()), crls), AT_NOW, false);
    }

    private static SignatureVerifier trusting(X509CertificateHolder... certificates) {
        return new SignatureVerifier(TrustAnchors.of(List.of(certificates), List.of()), AT_NOW, false);
    }

    private static void assertAcceptable(SignatureVerdict verdict) {
        assertNull(verdict.reason(), () -> "reason: " + verdict.reason());
        assertTrue(verdict.signatureValid());
        assertTrue(verdict.chainValid());
        assertTrue(verdict.voterIdentity());
        assertEquals(TestPki.VALID_RNOKPP, verdict.signer().taxNumber());
        assertEquals(Rnokpp.of(TestPki.VALID_RNOKPP), verdict.signer().rnokpp().orElseThrow());
    }

    private static void assertRejected(RejectionReason expected, SignatureVerdict verdict) {
        assertEquals(expected, verdict.reason());
        assertFalse(verdict.voterIdentity());
    }

    @Test
    void attachedEcdsaSignatureOfANaturalPersonIsAcceptable() {
        SignatureVerdict verdict = verifier.verify(TestPki.sign(VOTER, BALLOT, true), null, null);

        assertAcceptable(verdict);
        assertEquals("Шевченко Олена Петрівна", verdict.signer().name());
        assertEquals(NOW, verdict.signingTime());
        assertEquals(NOW, verdict.checkedAt());
        assertEquals("SHA256WITHECDSA", verdict.algorithm());
    }

    @Test
    void attachedSignatureMatchesTheIssuedDocument() {
        assertAcceptable(verifier.verify(TestPki.sign(VOTER, BALLOT, true), BALLOT, NOW));
    }

    @Test
    void detachedSignatureWithItsContentIsAcceptable() {
        assertAcceptable(verifier.verify(TestPki.sign(VOTER, BALLOT, false), BALLOT, NOW));
    }

    @Test
    void signatureOverOtherContent() {
        byte[] other = "{\"cycle\":\"2027\",\"projects\":[99]}".getBytes(StandardCharsets.UTF_8);

        SignatureVerdict detached = verifier.verify(TestPki.sign(VOTER, BALLOT, false), other, NOW);
        SignatureVerdict attached = verifier.verify(TestPki.sign(VOTER, BALLOT, true), other, NOW);

        assertRejected(RejectionReason.CONTENT_MISMATCH, detached);
        assertFalse(detached.signatureValid());
        assertRejected(RejectionReason.CONTENT_MISMATCH, attached);
    }

    @Test
    void detachedSignatureWithoutContent() {
        assertRejected(RejectionReason.NO_SIGNED_DATA, verifier.verify(TestPki.sign(VOTER, BALLOT, false), null, NOW));
    }

    @Test
    void signatureByAnotherKeyThanTheCertificates() {
        Issued stranger = TestPki.person(EC_CA, PersonProfile.voter());
        byte[] signature = TestPki.sign(stranger.keys(), VOTER.certificate(), "SHA256withECDSA", BALLOT, true, List.of());

        SignatureVerdict verdict = verifier.verify(signature, null, NOW);

        assertRejected(RejectionReason.SIGNATURE_INVALID, verdict);
        assertFalse(verdict.signatureValid());
    }

    @Test
    void rsaPkcs1SignatureIsAcceptable() {
        Issued rsaVoter = TestPki.person(RSA_CA, PersonProfile.voter());
        SignatureVerdict verdict = verifier.verify(TestPki.sign(rsaVoter, BALLOT, true), null, null);

        assertAcceptable(verdict);
        assertEquals("SHA256WITHRSA", verdict.algorithm());
    }

    @Test
    void rsaPssSignatureIsAcceptable() {
        Issued rsaVoter = TestPki.person(RSA_CA, PersonProfile.voter());
        byte[] signature = TestPki.sign(rsaVoter, "SHA256withRSAandMGF1", BALLOT, false, List.of());

        SignatureVerdict verdict = verifier.verify(signature, BALLOT, null);

        assertAcceptable(verdict);
        assertEquals("RSASSA-PSS with SHA256", verdict.algorithm());
    }

    @Test
    void ecdsaP384SignatureIsAcceptable() {
        Issued p384Ca = TestPki.rootCa("Тестовий КНЕДП P-384", KeyType.EC_P384);
        Issued p384Voter = TestPki.person(p384Ca, PersonProfile.voter());
        SignatureVerifier p384Trusted = trusting(p384Ca.certificate());

        SignatureVerdict verdict = p384Trusted.verify(TestPki.sign(p384Voter, BALLOT, true), null, null);

        assertAcceptable(verdict);
        assertEquals("SHA384WITHECDSA", verdict.algorithm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"DSTU_LE", "DSTU_BE", "DSTU_BE_BC"})
    void dstu4145SignatureIsAcceptable(KeyType dstu) {
        Issued dstuCa = TestPki.rootCa("Тестовий КНЕДП ДСТУ", dstu);
        Issued dstuVoter = TestPki.person(dstuCa, PersonProfile.voter());
        SignatureVerifier dstuTrusted = trusting(dstuCa.certificate());

        SignatureVerdict attached = dstuTrusted.verify(TestPki.sign(dstuVoter, BALLOT, true), null, null);
        SignatureVerdict detached = dstuTrusted.verify(TestPki.sign(dstuVoter, BALLOT, false), BALLOT, null);

        assertAcceptable(attached);
        assertAcceptable(detached);
        assertTrue(attached.algorithm().startsWith("DSTU 4145 with GOST 34.311-95"));
        assertRejected(RejectionReason.CONTENT_MISMATCH, dstuTrusted.verify(TestPki.sign(dstuVoter, BALLOT, false),
                "other".getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void intermediateCaFromTheSignatureCompletesThePath() {
        Issued intermediate = TestPki.intermediateCa(EC_CA, "Проміжний ЦСК", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(30)));
        Issued voter = TestPki.person(intermediate, PersonProfile.voter());
        byte[] signature = TestPki.sign(voter, "SHA256withECDSA", BALLOT, true, List.of(intermediate.certificate()));

        assertAcceptable(verifier.verify(signature, null, NOW));
        assertRejected(RejectionReason.UNTRUSTED_CHAIN, verifier.verify(TestPki.sign(voter, BALLOT, true), null, NOW));
    }

    @Test
    void expiredIntermediateCa() {
        Issued intermediate = TestPki.intermediateCa(EC_CA, "Застарілий ЦСК", NOW.minus(Duration.ofDays(30)),
                NOW.minus(Duration.ofDays(1)));
        Issued voter = TestPki.person(intermediate, PersonProfile.voter());
        byte[] signature = TestPki.sign(voter, "SHA256withECDSA", BALLOT, true, List.of(intermediate.certificate()));

        assertRejected(RejectionReason.CA_CERTIFICATE_NOT_VALID, verifier.verify(signature, null, NOW));
    }

    @Test
    void untrustedCa() {
        Issued otherCa = TestPki.rootCa("Невідомий ЦСК", KeyType.EC_P256);
        Issued voter = TestPki.person(otherCa, PersonProfile.voter());

        SignatureVerdict verdict = verifier.verify(TestPki.sign(voter, "SHA256withECDSA", BALLOT, true,
                List.of(otherCa.certificate())), null, NOW);

        assertRejected(RejectionReason.UNTRUSTED_CHAIN, verdict);
        assertTrue(verdict.signatureValid());
        assertFalse(verdict.chainValid());
    }

    @Test
    void selfSignedPersonCertificate() {
        Issued selfSigned = TestPki.selfSignedPerson(KeyType.EC_P256, PersonProfile.voter());

        assertRejected(RejectionReason.SELF_SIGNED, verifier.verify(TestPki.sign(selfSigned, BALLOT, true), null, NOW));
    }

    @Test
    void expiredAtTheMoment() {
        SignatureVerdict verdict = verifier.verify(TestPki.sign(VOTER, BALLOT, true), null, NOW.plus(Duration.ofDays(400)));

        assertRejected(RejectionReason.CERTIFICATE_EXPIRED, verdict);
        assertTrue(verdict.signatureValid());
        assertFalse(verdict.chainValid());
    }

    @Test
    void notYetValidAtTheMoment() {
        Issued future = TestPki.person(EC_CA, PersonProfile.voter().validBetween(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365))));

        assertRejected(RejectionReason.CERTIFICATE_NOT_YET_VALID, verifier.verify(TestPki.sign(future, BALLOT, true), null, NOW));
    }

    @Test
    void explicitMomentOverridesTheClaimedSigningTime() {
        Instant castAt = NOW.plus(Duration.ofDays(400));

        SignatureVerdict verdict = verifier.verify(TestPki.sign(VOTER, BALLOT, true), null, castAt);

        assertEquals(NOW, verdict.signingTime());
        assertEquals(castAt, verdict.checkedAt());
    }

    @Test
    void keyAgreementOnlyCertificate() {
        Issued encryption = TestPki.person(EC_CA, PersonProfile.voter().withKeyUsage(KeyUsage.keyAgreement));

        assertRejected(RejectionReason.NOT_A_SIGNING_CERTIFICATE, verifier.verify(TestPki.sign(encryption, BALLOT, true), null, NOW));
    }

    @Test
    void nonRepudiationAloneIsEnough() {
        Issued voter = TestPki.person(EC_CA, PersonProfile.voter().withKeyUsage(KeyUsage.nonRepudiation));

        assertAcceptable(verifier.verify(TestPki.sign(voter, BALLOT, true), null, NOW));
    }

    @Test
    void sealCertificate() {
        Issued seal = TestPki.person(EC_CA, PersonProfile.voter().asSeal());

        assertRejected(RejectionReason.SEAL_CERTIFICATE, verifier.verify(TestPki.sign(seal, BALLOT, true), null, NOW));
    }

    @Test
    void noTaxNumber() {
        Issued nameless = TestPki.person(EC_CA, PersonProfile.voter().withTaxNumber(null));

        SignatureVerdict verdict = verifier.verify(TestPki.sign(nameless, BALLOT, true), null, NOW);

        assertRejected(RejectionReason.NO_TAX_NUMBER, verdict);
        assertNull(verdict.signer().taxNumber());
    }

    @Test
    void passportNumberInsteadOfATaxNumber() {
        Issued refused = TestPki.person(EC_CA, PersonProfile.voter().withTaxNumber("ME123456"));

        assertRejected(RejectionReason.NO_TAX_NUMBER, verifier.verify(TestPki.sign(refused, BALLOT, true), null, NOW));
    }

    @Test
    void wrongCheckDigit() {
        Issued wrong = TestPki.person(EC_CA, PersonProfile.voter().withTaxNumber("3038104121"));

        SignatureVerdict verdict = verifier.verify(TestPki.sign(wrong, BALLOT, true), null, NOW);

        assertRejected(RejectionReason.INVALID_TAX_NUMBER, verdict);
        assertEquals("3038104121", verdict.signer().taxNumber());
        assertTrue(verdict.signer().rnokpp().isEmpty());
    }

    @Test
    void taxNumberFromTheSubjectSerialNumber() {
        Issued voter = TestPki.person(EC_CA, PersonProfile.voter().withTaxInSerialNumber());

        assertAcceptable(verifier.verify(TestPki.sign(voter, BALLOT, true), null, NOW));
    }

    @Test
    void revokedInAConfiguredCrl() {
        Issued revoked = TestPki.person(EC_CA, PersonProfile.voter());
        X509CRLHolder crl = TestPki.crlRevoking(EC_CA, revoked.certificate(), NOW.minus(Duration.ofDays(1)));
        SignatureVerifier withCrl = verifierTrusting(List.of(crl));

        assertRejected(RejectionReason.CERTIFICATE_REVOKED, withCrl.verify(TestPki.sign(revoked, BALLOT, true), null, NOW));
        assertAcceptable(withCrl.verify(TestPki.sign(VOTER, BALLOT, true), null, NOW));
    }

    @Test
    void revocationAfterTheMomentDoesNotCount() {
        Issued later = TestPki.person(EC_CA, PersonProfile.voter());
        X509CRLHolder crl = TestPki.crlRevoking(EC_CA, later.certificate(), NOW.plus(Duration.ofDays(1)));

        assertAcceptable(verifierTrusting(List.of(crl)).verify(TestPki.sign(later, BALLOT, true), null, NOW));
    }

    @Test
    void crlSignedBySomeoneElseIsIgnored() {
        Issued impostor = TestPki.rootCa(EC_CA_NAME, KeyType.EC_P256);
        X509CRLHolder forged = TestPki.crlRevoking(impostor, VOTER.certificate(), NOW.minus(Duration.ofDays(1)));

        assertAcceptable(verifierTrusting(List.of(forged)).verify(TestPki.sign(VOTER, BALLOT, true), null, NOW));
    }

    @Test
    void pemWithHeadersIsAccepted() {
        String pem = "-----BEGIN CMS-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(TestPki.sign(VOTER, BALLOT, true))
                + "\n-----END CMS-----\n";

        assertAcceptable(verifier.verify(pem.getBytes(StandardCharsets.US_ASCII), null, NOW));
    }

    @Test
    void bareBase64IsAccepted() {
        byte[] base64 = Base64.getEncoder().encode(TestPki.sign(VOTER, BALLOT, true));

        assertAcceptable(verifier.verify(base64, null, NOW));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 300})
    void truncatedDer(int cut) {
        byte[] signature = TestPki.sign(VOTER, BALLOT, true);

        SignatureVerdict verdict = verifier.verify(Arrays.copyOf(signature, signature.length - cut), null, NOW);

        assertRejected(RejectionReason.MALFORMED_INPUT, verdict);
        assertTrue(verdict.reason().isUnreadableInput());
    }

    @Test
    void garbage() {
        assertRejected(RejectionReason.MALFORMED_INPUT, verifier.verify(new byte[] {0x30, 0x03, 0x02, 0x01, 0x05}, null, NOW));
        assertRejected(RejectionReason.MALFORMED_INPUT, verifier.verify("not a signature!".getBytes(StandardCharsets.US_ASCII), null, NOW));
    }

    @Test
    void emptyInput() {
        assertRejected(RejectionReason.EMPTY_INPUT, verifier.verify(new byte[0], BALLOT, NOW));
        assertRejected(RejectionReason.EMPTY_INPUT, verifier.verify(null, BALLOT, NOW));
    }

    @Test
    void inputOverOneMegabyte() {
        byte[] huge = new byte[SignatureVerifier.MAX_INPUT_BYTES + 1];
        huge[0] = 0x30;

        assertRejected(RejectionReason.INPUT_TOO_LARGE, verifier.verify(huge, null, NOW));
    }

    @Test
    void twoSigners() throws Exception {
        Issued second = TestPki.person(EC_CA, PersonProfile.voter());
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        for (Issued signer : List.of(VOTER, second)) {
            generator.addSignerInfoGenerator(TestPki.signerInfo(signer.keys(), signer.certificate(), "SHA256withECDSA"));
            generator.addCertificate(signer.certificate());
        }
        byte[] signature = generator.generate(new CMSProcessableByteArray(BALLOT), true).getEncoded();

        assertRejected(RejectionReason.MULTIPLE_SIGNERS, verifier.verify(signature, null, NOW));
    }

    @Test
    void signerIdentityMasksTheTaxNumber() {
        SignatureVerdict verdict = verifier.verify(TestPki.sign(VOTER, BALLOT, true), null, NOW);

        assertFalse(verdict.signer().toString().contains(TestPki.VALID_RNOKPP));
        assertFalse(verdict.toString().contains(TestPki.VALID_RNOKPP));
    }

    @Test
    void theSignersOwnSigningTimeDoesNotChooseTheMoment() {
        Instant later = NOW.plus(Duration.ofDays(400));
        SignatureVerifier laterClock = new SignatureVerifier(
                TrustAnchors.of(List.of(EC_CA.certificate()), List.of()), Clock.fixed(later, ZoneOffset.UTC), false);

        SignatureVerdict verdict = laterClock.verify(TestPki.sign(VOTER, BALLOT, true), null, null);

        assertRejected(RejectionReason.CERTIFICATE_EXPIRED, verdict);
        assertEquals(NOW, verdict.signingTime());
        assertEquals(later, verdict.checkedAt());
    }

    @Test
    void aTrustedTimeStampChoosesTheMoment() {
        Issued tsa = TestPki.timeStampAuthority(EC_CA);
        Instant stamped = NOW.minus(Duration.ofDays(30));
        byte[] signature = TestPki.withSignatureTimeStamp(TestPki.sign(VOTER, BALLOT, true), tsa, stamped);
        SignatureVerifier laterClock = new SignatureVerifier(TrustAnchors.of(List.of(EC_CA.certificate()), List.of()),
                Clock.fixed(NOW.plus(Duration.ofDays(400)), ZoneOffset.UTC), false);

        SignatureVerdict verdict = laterClock.verify(signature, null, null);

        assertAcceptable(verdict);
        assertTrue(verdict.timeStampTrusted());
        assertEquals(stamped, verdict.timeStampTime());
        assertEquals(stamped, verdict.checkedAt());
        assertEquals(NOW.plus(Duration.ofDays(401)), laterClock.verify(signature, null, NOW.plus(Duration.ofDays(401))).checkedAt());
    }

    @Test
    void aTimeStampFromAnUntrustedAuthorityIsOnlyAClaim() {
        Issued strangerTsa = TestPki.timeStampAuthority(TestPki.rootCa("Невідомий TSA", KeyType.EC_P256));
        Instant claimed = NOW.minus(Duration.ofDays(30));
        byte[] signature = TestPki.withSignatureTimeStamp(TestPki.sign(VOTER, BALLOT, true), strangerTsa, claimed);
        Instant later = NOW.plus(Duration.ofDays(400));
        SignatureVerifier laterClock = new SignatureVerifier(TrustAnchors.of(List.of(EC_CA.certificate()), List.of()),
                Clock.fixed(later, ZoneOffset.UTC), false);

        SignatureVerdict verdict = laterClock.verify(signature, null, null);

        assertEquals(claimed, verdict.timeStampTime());
        assertFalse(verdict.timeStampTrusted());
        assertEquals(later, verdict.checkedAt());
        assertRejected(RejectionReason.CERTIFICATE_EXPIRED, verdict);
    }

    @Test
    void aTimeStampSignedByAnotherKeyThanItsCertificateIsNotTrusted() {
        Issued tsa = TestPki.timeStampAuthority(EC_CA);
        Issued forger = TestPki.timeStampAuthority(EC_CA);
        byte[] signature = TestPki.withSignatureTimeStamp(TestPki.sign(VOTER, BALLOT, true),
                new Issued(tsa.certificate(), forger.keys(), tsa.type()), NOW.minus(Duration.ofDays(30)));

        SignatureVerdict verdict = verifier.verify(signature, null, null);

        assertFalse(verdict.timeStampTrusted());
        assertEquals(NOW, verdict.checkedAt());
    }

    @Test
    void revocationIsCheckedOnlyWithACurrentCrl() {
        X509CRLHolder current = TestPki.crl(EC_CA, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        X509CRLHolder stale = TestPki.crl(EC_CA, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3)));

        assertTrue(verifierTrusting(List.of(current)).verify(TestPki.sign(VOTER, BALLOT, true), null, NOW).revocationChecked());
        SignatureVerdict withStaleCrl = verifierTrusting(List.of(stale)).verify(TestPki.sign(VOTER, BALLOT, true), null, NOW);
        assertAcceptable(withStaleCrl);
        assertFalse(withStaleCrl.revocationChecked());
        assertFalse(verifier.verify(TestPki.sign(VOTER, BALLOT, true), null, NOW).revocationChecked());
    }

    @Test
    void aDeploymentMayRequireARevocationCheck() {
        X509CRLHolder current = TestPki.crl(EC_CA, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        X509CRLHolder stale = TestPki.crl(EC_CA, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3)));
        byte[] signature = TestPki.sign(VOTER, BALLOT, true);

        SignatureVerdict refused = new SignatureVerifier(TrustAnchors.of(List.of(EC_CA.certificate()), List.of(stale)),
                AT_NOW, true).verify(signature, null, NOW);
        SignatureVerdict accepted = new SignatureVerifier(TrustAnchors.of(List.of(EC_CA.certificate()), List.of(current)),
                AT_NOW, true).verify(signature, null, NOW);

        assertRejected(RejectionReason.REVOCATION_UNKNOWN, refused);
        assertTrue(refused.signatureValid());
        assertAcceptable(accepted);
        assertTrue(accepted.revocationChecked());
    }

    @Test
    void revokedInAStaleCrlStillCounts() {
        Issued revoked = TestPki.person(EC_CA, PersonProfile.voter());
        X509CRLHolder stale = TestPki.crl(EC_CA, NOW.minus(Duration.ofDays(10)), NOW.minus(Duration.ofDays(3)),
                revoked.certificate());

        assertRejected(RejectionReason.CERTIFICATE_REVOKED,
                verifierTrusting(List.of(stale)).verify(TestPki.sign(revoked, BALLOT, true), null, NOW));
    }

    @Test
    void caCertificatesSharingANameAndKeyAreJudgedQuickly() {
        Issued crafted = TestPki.rootCa("Підступний ЦСК", KeyType.EC_P256);
        List<X509CertificateHolder> pile = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pile.add(TestPki.sameNameAndKey(crafted).certificate());
        }
        Issued voter = TestPki.person(crafted, PersonProfile.voter());
        byte[] signature = TestPki.sign(voter, "SHA256withECDSA", BALLOT, true, pile);
        assertAcceptable(verifier.verify(TestPki.sign(VOTER, BALLOT, true), null, NOW));

        // The ordering-by-ordering search took hours on this pile; the bounded one takes tens of milliseconds on an
        // idle machine. The limit leaves room for a CI machine busy with other builds.
        SignatureVerdict verdict = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> verifier.verify(signature, null, NOW));

        assertRejected(RejectionReason.UNTRUSTED_CHAIN, verdict);
    }

    @Test
    void aValidPathIsStillFoundAmongDecoysOfTheSameName() {
        Issued intermediate = TestPki.intermediateCa(EC_CA, "Проміжний ЦСК", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(30)));
        List<X509CertificateHolder> chain = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            chain.add(TestPki.intermediateCa(EC_CA, "Проміжний ЦСК", NOW.minus(Duration.ofDays(30)),
                    NOW.plus(Duration.ofDays(30))).certificate());
        }
        chain.add(intermediate.certificate());
        Issued voter = TestPki.person(intermediate, PersonProfile.voter());

        assertAcceptable(verifier.verify(TestPki.sign(voter, "SHA256withECDSA", BALLOT, true, chain), null, NOW));
    }

    @Test
    void decoysThatUseUpThePathBudgetDoNotHideARevocation() {
        Issued revoked = TestPki.person(EC_CA, PersonProfile.voter());
        X509CRLHolder crl = TestPki.crlRevoking(EC_CA, revoked.certificate(), NOW.minus(Duration.ofDays(1)));
        Issued impostor = TestPki.rootCa(EC_CA_NAME, KeyType.EC_P256);
        List<X509CertificateHolder> decoys = new ArrayList<>();
        for (int i = 0; i < 2 * CertificatePathValidator.MAX_SIGNATURE_CHECKS; i++) {
            decoys.add(TestPki.sameNameAndKey(impostor).certificate());
        }
        byte[] signature = TestPki.sign(revoked, "SHA256withECDSA", BALLOT, true, decoys);

        assertRejected(RejectionReason.CERTIFICATE_REVOKED, verifierTrusting(List.of(crl)).verify(signature, null, NOW));
    }
}
