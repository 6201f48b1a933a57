package ua.uchast.identity.control.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies a CMS / CAdES signature (attached or detached, DER or PEM) and judges whether it identifies a voter:
 * the signature over the data, the signer's certificate path to {@link TrustAnchors} at a moment, key usage,
 * not a seal, and a natural person's РНОКПП with a correct check digit.
 * <p>
 * The moment is the one given (the server's clock when a vote is cast), else the time of a signature time-stamp whose
 * own signature and TSA certificate chain verify against the trust folder, else now: a signer's signingTime, or an
 * unverified time-stamp, is only a claim and never chooses the moment.
 * <p>
 * Signed attributes are verified over the bytes as received: some Ukrainian signers do not sort them into DER order,
 * and re-encoding them (as stock BouncyCastle does) would break such signatures.
 */
public final class SignatureVerifier {

    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    private record TimeStamp(Instant time, boolean trusted) {
    }

    private final SignatureAlgorithms algorithms = new SignatureAlgorithms();
    private final TrustAnchors trust;
    private final CertificatePathValidator paths;
    private final Clock clock;
    private final boolean requireRevocationCheck;

    public SignatureVerifier(TrustAnchors trust) {
        this(trust, Clock.systemUTC(), false);
    }

    /**
     * @param requireRevocationCheck refuse ({@link RejectionReason#REVOCATION_UNKNOWN}) a certificate whose revocation
     *                               status no current CRL in the trust folder establishes
     */
    public SignatureVerifier(TrustAnchors trust, Clock clock, boolean requireRevocationCheck) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.paths = new CertificatePathValidator(trust, algorithms);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requireRevocationCheck = requireRevocationCheck;
    }

    /**
     * @param signature       the signature file's bytes (DER, PEM or base64)
     * @param detachedContent the signed data for a detached signature; for an attached one, when given, it must equal
     *                        the encapsulated content (e.g. the ballot document the platform issued); may be null
     * @param moment          when certificates are judged (e.g. the moment a vote is cast); null for the time of a
     *                        trusted signature time-stamp, else now
     */
    public SignatureVerdict verify(byte[] signature, byte[] detachedContent, Instant moment) {
        VerificationEvent event = new VerificationEvent();
        event.begin();
        SignatureVerdict verdict = verified(signature, detachedContent, moment);
        event.end();
        if (event.shouldCommit()) {
            event.algorithm = verdict.algorithm();
            event.accepted = verdict.voterIdentity();
            event.commit();
        }
        return verdict;
    }

    private SignatureVerdict verified(byte[] signature, byte[] detachedContent, Instant moment) {
        if (signature == null || signature.length == 0) {
            return SignatureVerdict.unreadable(RejectionReason.EMPTY_INPUT);
        }
        if (signature.length > MAX_INPUT_BYTES) {
            return SignatureVerdict.unreadable(RejectionReason.INPUT_TOO_LARGE);
        }
        return read(signature).map(signedData -> verify(signedData, detachedContent, moment))
                .orElseGet(() -> SignatureVerdict.unreadable(RejectionReason.MALFORMED_INPUT));
    }

    /**
     * The content encapsulated in an attached signature; empty for a detached one and for input that is not a
     * readable signature of at most {@link #MAX_INPUT_BYTES}. Nothing is verified.
     */
    public static Optional<byte[]> signedContent(byte[] signature) {
        if (signature == null || signature.length == 0 || signature.length > MAX_INPUT_BYTES) {
            return Optional.empty();
        }
        try {
            return read(signature).flatMap(SignatureVerifier::encapsulatedContent);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<CMSSignedData> read(byte[] signature) {
        try {
            return Optional.of(new CMSSignedData(EncodedObjects.decode(signature).get(0).der()));
        } catch (IOException | CMSException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** BouncyCastle parses parts of a SignedData (certificates, attributes) only when asked: they may still be malformed. */
    private SignatureVerdict verify(CMSSignedData signedData, byte[] detachedContent, Instant explicitMoment) {
        try {
            return judge(signedData, detachedContent, explicitMoment);
        } catch (RuntimeException malformed) {
            return SignatureVerdict.unreadable(RejectionReason.MALFORMED_INPUT);
        }
    }

    private SignatureVerdict judge(CMSSignedData signedData, byte[] detachedContent, Instant explicitMoment) {
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            RejectionReason reason = signers.isEmpty() ? RejectionReason.NO_SIGNER : RejectionReason.MULTIPLE_SIGNERS;
            return new SignatureVerdict(false, false, reason, null, null, null, false, explicitMoment, false, null);
        }
        SignerInformation signer = signers.iterator().next();
        List<X509CertificateHolder> supplied = new ArrayList<>(signedData.getCertificates().getMatches(null));
        Instant signingTime = signingTime(signer).orElse(null);
        Optional<TimeStamp> timeStamp = signatureTimeStamp(signer);
        Instant timeStampTime = timeStamp.map(TimeStamp::time).orElse(null);
        boolean timeStampTrusted = timeStamp.map(TimeStamp::trusted).orElse(false);
        Instant moment = explicitMoment != null ? explicitMoment
                : timeStampTrusted ? timeStampTime : clock.instant();

        AlgorithmIdentifier algorithm;
        try {
            algorithm = algorithms.signerInfoAlgorithm(signer.getDigestAlgorithmID(),
                    signer.toASN1Structure().getDigestEncryptionAlgorithm());
        } catch (IllegalArgumentException e) {
            return new SignatureVerdict(false, false, RejectionReason.UNSUPPORTED_ALGORITHM, null, signingTime,
                    timeStampTime, timeStampTrusted, moment, false, signer.getEncryptionAlgOID());
        }
        String algorithmName = algorithms.displayName(algorithm);

        Optional<X509CertificateHolder> certificate = certificateOf(signer, supplied);
        if (certificate.isEmpty()) {
            return new SignatureVerdict(false, false, RejectionReason.SIGNER_CERTIFICATE_MISSING, null, signingTime,
                    timeStampTime, timeStampTrusted, moment, false, algorithmName);
        }
        RejectionReason signatureProblem = signatureProblem(signedData, signer, algorithm, certificate.get(), detachedContent);
        CertificateAssessment assessment = assessCertificate(certificate.get(), supplied, moment);
        RejectionReason reason = signatureProblem != null ? signatureProblem : assessment.reason();
        return new SignatureVerdict(signatureProblem == null, assessment.chainValid(), reason, assessment.identity(),
                signingTime, timeStampTime, timeStampTrusted, moment, assessment.revocationChecked(), algorithmName);
    }

    /**
     * Judges a certificate as a voter's signing certificate at the moment, without any signature.
     *
     * @param intermediates further CA certificates that may complete the path (besides those in the trust folder)
     */
    public CertificateAssessment assessCertificate(X509CertificateHolder certificate,
                                                   Collection<X509CertificateHolder> intermediates, Instant moment) {
        SignerIdentity identity = SigningCertificates.identityOf(certificate);
        CertificatePathValidator.Outcome chain = chainOutcome(certificate, intermediates, moment);
        RejectionReason reason = chain.problem() != null ? chain.problem()
                : SigningCertificates.voterProblem(certificate, identity);
        return new CertificateAssessment(chain.problem() == null, chain.revocationChecked(), reason, identity);
    }

    /** The path outcome under this deployment's revocation policy. */
    private CertificatePathValidator.Outcome chainOutcome(X509CertificateHolder certificate,
                                                          Collection<X509CertificateHolder> intermediates, Instant moment) {
        CertificatePathValidator.Outcome outcome = paths.validate(certificate, intermediates, moment);
        return outcome.problem() == null && !outcome.revocationChecked() && requireRevocationCheck
                ? new CertificatePathValidator.Outcome(RejectionReason.REVOCATION_UNKNOWN, false)
                : outcome;
    }

    private RejectionReason signatureProblem(CMSSignedData signedData, SignerInformation signer,
                                             AlgorithmIdentifier algorithm, X509CertificateHolder certificate,
                                             byte[] detachedContent) {
        Optional<byte[]> encapsulated = encapsulatedContent(signedData);
        if (encapsulated.isPresent() && detachedContent != null
                && !MessageDigest.isEqual(encapsulated.get(), detachedContent)) {
            return RejectionReason.CONTENT_MISMATCH;
        }
        byte[] content = encapsulated.orElse(detachedContent);
        if (content == null) {
            return RejectionReason.NO_SIGNED_DATA;
        }
        try {
            ContentVerifier verifier = algorithms.verifierProvider(certificate.getSubjectPublicKeyInfo()).get(algorithm);
            ASN1Set signedAttributes = signer.toASN1Structure().getAuthenticatedAttributes();
            if (signedAttributes == null) {
                verifier.getOutputStream().write(content);
            } else {
                RejectionReason attributesProblem = signedAttributesProblem(signedData, signer, content);
                if (attributesProblem != null) {
                    return attributesProblem;
                }
                // DL keeps the SET's elements in the order received; DER would sort them.
                verifier.getOutputStream().write(signedAttributes.getEncoded(ASN1Encoding.DL));
            }
            return verifier.verify(signer.getSignature()) ? null : RejectionReason.SIGNATURE_INVALID;
        } catch (OperatorCreationException e) {
            return RejectionReason.UNSUPPORTED_ALGORITHM;
        } catch (IOException | RuntimeException e) {
            return RejectionReason.SIGNATURE_INVALID;
        }
    }

    private RejectionReason signedAttributesProblem(CMSSignedData signedData, SignerInformation signer, byte[] content)
            throws OperatorCreationException {
        AttributeTable attributes = signer.getSignedAttributes();
        Optional<ASN1Encodable> contentType = singleValue(attributes, CMSAttributes.contentType);
        if (contentType.isPresent() && !contentType.get().equals(signedData.getSignedContentType())) {
            return RejectionReason.SIGNATURE_INVALID;
        }
        Optional<ASN1Encodable> messageDigest = singleValue(attributes, CMSAttributes.messageDigest);
        if (messageDigest.isEmpty() || !(messageDigest.get() instanceof ASN1OctetString expected)) {
            return RejectionReason.SIGNATURE_INVALID;
        }
        byte[] actual = algorithms.digest(signer.getDigestAlgorithmID(), content);
        return MessageDigest.isEqual(expected.getOctets(), actual) ? null : RejectionReason.CONTENT_MISMATCH;
    }

    private Optional<X509CertificateHolder> certificateOf(SignerInformation signer, Collection<X509CertificateHolder> supplied) {
        return Stream.of(supplied, trust.intermediates(), trust.anchors())
                .flatMap(Collection::stream)
                .filter(certificate -> signer.getSID().match(certificate))
                .findFirst();
    }

    private static Optional<byte[]> encapsulatedContent(CMSSignedData signedData) {
        if (signedData.getSignedContent() == null) {
            return Optional.empty();
        }
        Object content = signedData.getSignedContent().getContent();
        return content instanceof byte[] bytes ? Optional.of(bytes) : Optional.empty();
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        try {
            return singleValue(signer.getSignedAttributes(), CMSAttributes.signingTime)
                    .map(value -> Time.getInstance(value).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The CAdES signature time-stamp, when its message imprint matches this signature value; trusted when the
     * token's signature verifies under a TSA certificate (from the token or the trust folder) with the timeStamping
     * purpose that chains to a trusted CA at the token's genTime.
     */
    private Optional<TimeStamp> signatureTimeStamp(SignerInformation signer) {
        Optional<ASN1Encodable> token = singleValue(signer.getUnsignedAttributes(),
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            CMSSignedData tokenData = new CMSSignedData(ContentInfo.getInstance(token.get()));
            Optional<byte[]> tstInfo = encapsulatedContent(tokenData);
            if (tstInfo.isEmpty()) {
                return Optional.empty();
            }
            TSTInfo info = TSTInfo.getInstance(tstInfo.get());
            byte[] imprint = algorithms.digest(info.getMessageImprint().getHashAlgorithm(), signer.getSignature());
            if (!MessageDigest.isEqual(imprint, info.getMessageImprint().getHashedMessage())) {
                return Optional.empty();
            }
            Instant genTime = info.getGenTime().getDate().toInstant();
            return Optional.of(new TimeStamp(genTime, isTrustedTimeStamp(tokenData, genTime)));
        } catch (CMSException | OperatorCreationException | ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private boolean isTrustedTimeStamp(CMSSignedData token, Instant genTime) {
        Collection<SignerInformation> signers = token.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return false;
        }
        SignerInformation tsa = signers.iterator().next();
        List<X509CertificateHolder> supplied = new ArrayList<>(token.getCertificates().getMatches(null));
        Optional<X509CertificateHolder> certificate = certificateOf(tsa, supplied);
        if (certificate.isEmpty() || !hasTimeStampingPurpose(certificate.get())) {
            return false;
        }
        AlgorithmIdentifier algorithm;
        try {
            algorithm = algorithms.signerInfoAlgorithm(tsa.getDigestAlgorithmID(),
                    tsa.toASN1Structure().getDigestEncryptionAlgorithm());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return signatureProblem(token, tsa, algorithm, certificate.get(), null) == null
                && chainOutcome(certificate.get(), supplied, genTime).problem() == null;
    }

    private static boolean hasTimeStampingPurpose(X509CertificateHolder certificate) {
        try {
            ExtendedKeyUsage purposes = ExtendedKeyUsage.fromExtensions(certificate.getExtensions());
            return purposes != null && purposes.hasKeyPurposeId(KeyPurposeId.id_kp_timeStamping);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static Optional<ASN1Encodable> singleValue(AttributeTable attributes, ASN1ObjectIdentifier type) {
        if (attributes == null) {
            return Optional.empty();
        }
        Attribute attribute = attributes.get(type);
        return attribute == null || attribute.getAttrValues().size() != 1
                ? Optional.empty()
                : Optional.of(attribute.getAttrValues().getObjectAt(0));
    }
}
