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
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.tsp.TSTInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
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
 * Signed attributes are verified over the bytes as received: some Ukrainian signers do not sort them into DER order,
 * and re-encoding them (as stock BouncyCastle does) would break such signatures.
 */
public final class SignatureVerifier {

    public static final int MAX_INPUT_BYTES = 1024 * 1024;

    private final SignatureAlgorithms algorithms = new SignatureAlgorithms();
    private final TrustAnchors trust;
    private final CertificatePathValidator paths;
    private final Clock clock;

    public SignatureVerifier(TrustAnchors trust) {
        this(trust, Clock.systemUTC());
    }

    public SignatureVerifier(TrustAnchors trust, Clock clock) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.paths = new CertificatePathValidator(trust, algorithms);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param signature       the signature file's bytes (DER, PEM or base64)
     * @param detachedContent the signed data for a detached signature; for an attached one, when given, it must equal
     *                        the encapsulated content (e.g. the ballot document the platform issued); may be null
     * @param moment          when certificates are judged (e.g. the moment a vote is cast); null for the signature
     *                        time-stamp's time, else the claimed signingTime, else now
     */
    public SignatureVerdict verify(byte[] signature, byte[] detachedContent, Instant moment) {
        if (signature == null || signature.length == 0) {
            return SignatureVerdict.unreadable(RejectionReason.EMPTY_INPUT);
        }
        if (signature.length > MAX_INPUT_BYTES) {
            return SignatureVerdict.unreadable(RejectionReason.INPUT_TOO_LARGE);
        }
        CMSSignedData signedData;
        try {
            signedData = new CMSSignedData(EncodedObjects.decode(signature).get(0).der());
        } catch (IOException | CMSException | RuntimeException e) {
            return SignatureVerdict.unreadable(RejectionReason.MALFORMED_INPUT);
        }
        return verify(signedData, detachedContent, moment);
    }

    private SignatureVerdict verify(CMSSignedData signedData, byte[] detachedContent, Instant explicitMoment) {
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            RejectionReason reason = signers.isEmpty() ? RejectionReason.NO_SIGNER : RejectionReason.MULTIPLE_SIGNERS;
            return new SignatureVerdict(false, false, reason, null, null, null, explicitMoment, null);
        }
        SignerInformation signer = signers.iterator().next();
        List<X509CertificateHolder> supplied = new ArrayList<>(signedData.getCertificates().getMatches(null));
        Instant signingTime = signingTime(signer).orElse(null);
        Instant timeStampTime = signatureTimeStamp(signer).orElse(null);
        Instant moment = firstNonNull(explicitMoment, timeStampTime, signingTime, clock.instant());

        AlgorithmIdentifier algorithm;
        try {
            algorithm = algorithms.signerInfoAlgorithm(signer.getDigestAlgorithmID(),
                    signer.toASN1Structure().getDigestEncryptionAlgorithm());
        } catch (IllegalArgumentException e) {
            return new SignatureVerdict(false, false, RejectionReason.UNSUPPORTED_ALGORITHM, null, signingTime,
                    timeStampTime, moment, signer.getEncryptionAlgOID());
        }
        String algorithmName = algorithms.displayName(algorithm);

        Optional<X509CertificateHolder> certificate = signerCertificate(signer, supplied);
        if (certificate.isEmpty()) {
            return new SignatureVerdict(false, false, RejectionReason.SIGNER_CERTIFICATE_MISSING, null, signingTime,
                    timeStampTime, moment, algorithmName);
        }
        RejectionReason signatureProblem = signatureProblem(signedData, signer, algorithm, certificate.get(), detachedContent);
        CertificateAssessment assessment = assessCertificate(certificate.get(), supplied, moment);
        RejectionReason reason = signatureProblem != null ? signatureProblem : assessment.reason();
        return new SignatureVerdict(signatureProblem == null, assessment.chainValid(), reason, assessment.identity(),
                signingTime, timeStampTime, moment, algorithmName);
    }

    /**
     * Judges a certificate as a voter's signing certificate at the moment, without any signature.
     *
     * @param intermediates further CA certificates that may complete the path (besides those in the trust folder)
     */
    public CertificateAssessment assessCertificate(X509CertificateHolder certificate,
                                                   Collection<X509CertificateHolder> intermediates, Instant moment) {
        SignerIdentity identity = SigningCertificates.identityOf(certificate);
        RejectionReason chainProblem = paths.validate(certificate, intermediates, moment);
        RejectionReason reason = chainProblem != null ? chainProblem : SigningCertificates.voterProblem(certificate, identity);
        return new CertificateAssessment(chainProblem == null, reason, identity);
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

    private Optional<X509CertificateHolder> signerCertificate(SignerInformation signer, List<X509CertificateHolder> supplied) {
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
     * genTime of the CAdES signature time-stamp, when its message imprint matches this signature value. The
     * time-stamp token's own signature is not verified: the time only chooses the default moment to judge at.
     */
    private Optional<Instant> signatureTimeStamp(SignerInformation signer) {
        Optional<ASN1Encodable> token = singleValue(signer.getUnsignedAttributes(),
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        try {
            SignedData tokenData = SignedData.getInstance(ContentInfo.getInstance(token.get()).getContent());
            ASN1OctetString tstInfo = ASN1OctetString.getInstance(tokenData.getEncapContentInfo().getContent());
            TSTInfo info = TSTInfo.getInstance(tstInfo.getOctets());
            byte[] imprint = algorithms.digest(info.getMessageImprint().getHashAlgorithm(), signer.getSignature());
            return MessageDigest.isEqual(imprint, info.getMessageImprint().getHashedMessage())
                    ? Optional.of(info.getGenTime().getDate().toInstant())
                    : Optional.empty();
        } catch (OperatorCreationException | ParseException | RuntimeException e) {
            return Optional.empty();
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

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
