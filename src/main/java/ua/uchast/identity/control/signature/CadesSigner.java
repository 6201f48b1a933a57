package ua.uchast.identity.control.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Makes CAdES-BES signatures: CMS SignedData with the signed attributes contentType, messageDigest, signingTime and
 * signingCertificateV2, for ECDSA, RSA and DSTU 4145 (with GOST 34.311-95) keys.
 */
public final class CadesSigner {

    private static final SignatureAlgorithms ALGORITHMS = new SignatureAlgorithms();

    private CadesSigner() {
    }

    /** The signature algorithm used for a key: SHA-256/384 with ECDSA by curve size, SHA-256 with RSA, DSTU 4145 LE. */
    public static String algorithmFor(PrivateKey key) {
        // BouncyCastle's DSTU 4145 keys are EC keys too, so they are told apart by name first.
        if (key.getAlgorithm().startsWith("DSTU4145")) {
            return SignatureAlgorithms.DSTU_4145_LE.getId();
        }
        if (key instanceof ECKey ec && ec.getParams() != null) {
            return ec.getParams().getCurve().getField().getFieldSize() > 256 ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        if (key instanceof RSAKey) {
            return "SHA256withRSA";
        }
        throw new IllegalArgumentException("unsupported key type " + key.getAlgorithm()
                + " (ECDSA, RSA and DSTU 4145 keys can sign)");
    }

    /**
     * @param key                the signer's private key
     * @param certificate        the certificate named as the signer's (and embedded)
     * @param signatureAlgorithm a JCA signature name or a DSTU 4145 OID, e.g. from {@link #algorithmFor}
     * @param attached           whether the content is encapsulated
     * @param chain              further certificates to embed (intermediate CAs), may be empty
     * @return the DER encoding
     */
    public static byte[] sign(PrivateKey key, X509CertificateHolder certificate, String signatureAlgorithm, byte[] content,
                              boolean attached, Instant signingTime, List<X509CertificateHolder> chain)
            throws GeneralSecurityException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo(key, certificate, signatureAlgorithm, signingTime));
            generator.addCertificate(certificate);
            for (X509CertificateHolder extra : chain) {
                generator.addCertificate(extra);
            }
            return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded();
        } catch (IOException | CMSException e) {
            throw new GeneralSecurityException("cannot make the signature: " + e.getMessage(), e);
        }
    }

    /** One signer's SignerInfo generator with the CAdES-BES signed attributes. */
    public static SignerInfoGenerator signerInfo(PrivateKey key, X509CertificateHolder certificate,
                                                 String signatureAlgorithm, Instant signingTime)
            throws GeneralSecurityException {
        boolean dstu = SignatureAlgorithms.dstuOid(signatureAlgorithm) != null;
        AlgorithmIdentifier digest = dstu ? new AlgorithmIdentifier(SignatureAlgorithms.GOST_34311)
                : digestFor(signatureAlgorithm);
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(signingCertificate(certificate, digest))));
            return new SignerInfoGeneratorBuilder(ALGORITHMS.digestCalculatorProvider())
                    .setContentDigest(digest)
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(ALGORITHMS.contentSigner(key, signatureAlgorithm, true), certificate);
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot sign with " + signatureAlgorithm + ": " + e.getMessage(), e);
        }
    }

    private static AlgorithmIdentifier digestFor(String signatureAlgorithm) {
        String upper = signatureAlgorithm.toUpperCase(Locale.ROOT);
        if (upper.startsWith("SHA512")) {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha512);
        }
        if (upper.startsWith("SHA384")) {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha384);
        }
        return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
    }

    private static SigningCertificateV2 signingCertificate(X509CertificateHolder certificate, AlgorithmIdentifier digest)
            throws OperatorCreationException, IOException {
        byte[] hash = ALGORITHMS.digest(digest, certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(certificate.getIssuer())),
                certificate.getSerialNumber());
        return new SigningCertificateV2(new ESSCertIDv2(digest, hash, issuerSerial));
    }
}
