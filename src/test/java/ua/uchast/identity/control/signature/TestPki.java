package ua.uchast.identity.control.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Vector;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Attribute;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectDirectoryAttributes;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.bouncycastle.util.CollectionStore;

/** A throw-away PKI for tests: CAs, natural persons' certificates with a РНОКПП, CMS signatures and CRLs. */
public final class TestPki {

    /** The moment the test signatures are made and judged at. */
    public static final Instant NOW = Instant.parse("2027-05-01T10:00:00Z");
    public static final String VALID_RNOKPP = "3038104120";

    private static final Provider BC = new BouncyCastleProvider();
    private static final AtomicLong SERIALS = new AtomicLong(1000);

    public enum KeyType {
        EC_P256("EC", "secp256r1", "SHA256withECDSA"),
        EC_P384("EC", "secp384r1", "SHA384withECDSA"),
        RSA("RSA", null, "SHA256withRSA"),
        /** DSTU 4145 on the 257-bit polynomial-basis curve; the "signature algorithm" is the OID BC knows it by. */
        DSTU_LE("DSTU4145", "1.2.804.2.1.1.1.1.3.1.1.2.6", SignatureAlgorithms.DSTU_4145_LE.getId()),
        DSTU_BE("DSTU4145", "1.2.804.2.1.1.1.1.3.1.1.2.6", SignatureAlgorithms.DSTU_4145_BE.getId()),
        DSTU_BE_BC("DSTU4145", "1.2.804.2.1.1.1.1.3.1.1.2.6", SignatureAlgorithms.DSTU_4145_BE_BC.getId());

        final String keyAlgorithm;
        final String curve;
        final String signatureAlgorithm;

        KeyType(String keyAlgorithm, String curve, String signatureAlgorithm) {
            this.keyAlgorithm = keyAlgorithm;
            this.curve = curve;
            this.signatureAlgorithm = signatureAlgorithm;
        }

        KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, BC);
                if (curve != null) {
                    generator.initialize(new ECGenParameterSpec(curve));
                } else {
                    generator.initialize(2048);
                }
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public record Issued(X509CertificateHolder certificate, KeyPair keys, KeyType type) {
    }

    /**
     * What a natural person's (or, as a seal, an organisation's) certificate should carry; defaults give an
     * acceptable voter certificate.
     *
     * @param subject the subject name; null for a default person's name (with the tax number in serialNumber when
     *                {@code taxInSerialNumber})
     * @param edrpou  an organisation's EDRPOU code for the subject directory attributes, or null
     */
    public record PersonProfile(String taxNumber, boolean taxInSerialNumber, int keyUsage, boolean seal,
                         Instant notBefore, Instant notAfter, X500Name subject, String edrpou) {

        public static PersonProfile voter() {
            return new PersonProfile(VALID_RNOKPP, false, KeyUsage.digitalSignature | KeyUsage.nonRepudiation, false,
                    NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)), null, null);
        }

        public PersonProfile withTaxNumber(String value) {
            return new PersonProfile(value, taxInSerialNumber, keyUsage, seal, notBefore, notAfter, subject, edrpou);
        }

        public PersonProfile withTaxInSerialNumber() {
            return new PersonProfile(taxNumber, true, keyUsage, seal, notBefore, notAfter, subject, edrpou);
        }

        public PersonProfile withKeyUsage(int value) {
            return new PersonProfile(taxNumber, taxInSerialNumber, value, seal, notBefore, notAfter, subject, edrpou);
        }

        public PersonProfile asSeal() {
            return new PersonProfile(taxNumber, taxInSerialNumber, keyUsage, true, notBefore, notAfter, subject, edrpou);
        }

        /** An organisation's seal: its name and EDRPOU, the UA seal purpose, no personal tax number. */
        public PersonProfile asOrganisationSeal(String organisation, String edrpouCode) {
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UA").addRDN(BCStyle.O, organisation)
                    .addRDN(BCStyle.CN, organisation).addRDN(BCStyle.SERIALNUMBER, edrpouCode).build();
            return new PersonProfile(null, false, keyUsage, true, notBefore, notAfter, name, edrpouCode);
        }

        public PersonProfile validBetween(Instant from, Instant to) {
            return new PersonProfile(taxNumber, taxInSerialNumber, keyUsage, seal, from, to, subject, edrpou);
        }

        public PersonProfile withSubject(X500Name name) {
            return new PersonProfile(taxNumber, taxInSerialNumber, keyUsage, seal, notBefore, notAfter, name, edrpou);
        }
    }

    private TestPki() {
    }

    public static Issued rootCa(String name, KeyType type) {
        KeyPair keys = type.generate();
        X500Name subject = caName(name);
        return new Issued(build(subject, keys, subject, keys, type, NOW.minus(Duration.ofDays(3650)),
                NOW.plus(Duration.ofDays(3650)), caExtensions()), keys, type);
    }

    public static Issued intermediateCa(Issued issuer, String name, Instant notBefore, Instant notAfter) {
        KeyPair keys = issuer.type().generate();
        return new Issued(build(caName(name), keys, issuer.certificate().getSubject(), issuer.keys(), issuer.type(),
                notBefore, notAfter, caExtensions()), keys, issuer.type());
    }

    public static Issued person(Issued issuer, PersonProfile profile) {
        KeyPair keys = issuer.type().generate();
        return new Issued(build(personName(profile), keys, issuer.certificate().getSubject(), issuer.keys(),
                issuer.type(), profile.notBefore(), profile.notAfter(), personExtensions(profile)), keys, issuer.type());
    }

    public static Issued selfSignedPerson(KeyType type, PersonProfile profile) {
        KeyPair keys = type.generate();
        X500Name subject = personName(profile);
        return new Issued(build(subject, keys, subject, keys, type, profile.notBefore(), profile.notAfter(),
                personExtensions(profile)), keys, type);
    }

    public static X509CRLHolder crlRevoking(Issued ca, X509CertificateHolder revoked, Instant revokedAt) {
        return crl(ca, revokedAt, revokedAt.plus(Duration.ofDays(7)), revoked);
    }

    public static byte[] sign(Issued signer, byte[] content, boolean attached) {
        return sign(signer, signer.type().signatureAlgorithm, content, attached, List.of());
    }

    /** A CMS SignedData with contentType, messageDigest and signingTime = {@link #NOW} signed attributes. */
    public static byte[] sign(Issued signer, String signatureAlgorithm, byte[] content, boolean attached,
                       List<X509CertificateHolder> extraCertificates) {
        return sign(signer.keys(), signer.certificate(), signatureAlgorithm, content, attached, extraCertificates);
    }

    /** Signs with {@code keys}, naming {@code certificate} as the signer's (they need not match). */
    public static byte[] sign(KeyPair keys, X509CertificateHolder certificate, String signatureAlgorithm, byte[] content,
                       boolean attached, List<X509CertificateHolder> extraCertificates) {
        try {
            return CadesSigner.sign(keys.getPrivate(), certificate, signatureAlgorithm, content, attached, NOW,
                    extraCertificates);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static SignerInfoGenerator signerInfo(KeyPair keys, X509CertificateHolder certificate, String signatureAlgorithm)
            throws GeneralSecurityException {
        return CadesSigner.signerInfo(keys.getPrivate(), certificate, signatureAlgorithm, NOW);
    }

    /** A CRL of the CA issued at {@code thisUpdate}, current until {@code nextUpdate}, revoking the certificates then. */
    public static X509CRLHolder crl(Issued ca, Instant thisUpdate, Instant nextUpdate, X509CertificateHolder... revoked) {
        X509v2CRLBuilder builder = new X509v2CRLBuilder(ca.certificate().getSubject(), Date.from(thisUpdate));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (X509CertificateHolder certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
        }
        try {
            return builder.build(signer(ca.keys(), ca.type().signatureAlgorithm));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another self-signed CA certificate with the same name and key as {@code ca} (and a new serial number). */
    public static Issued sameNameAndKey(Issued ca) {
        X500Name name = ca.certificate().getSubject();
        return new Issued(build(name, ca.keys(), name, ca.keys(), ca.type(), NOW.minus(Duration.ofDays(3650)),
                NOW.plus(Duration.ofDays(3650)), caExtensions()), ca.keys(), ca.type());
    }

    /** A time-stamping authority's certificate (critical extended key usage timeStamping). */
    public static Issued timeStampAuthority(Issued issuer) {
        KeyPair keys = issuer.type().generate();
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UA").addRDN(BCStyle.CN, "TSP-сервер").build();
        return new Issued(build(name, keys, issuer.certificate().getSubject(), issuer.keys(), issuer.type(),
                NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)), builder -> {
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                }), keys, issuer.type());
    }

    /** The signature with a CAdES-T signature time-stamp by {@code tsa} at {@code genTime} (the TSA's certificate embedded). */
    public static byte[] withSignatureTimeStamp(byte[] signature, Issued tsa, Instant genTime) {
        try {
            CMSSignedData signed = new CMSSignedData(signature);
            SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .build(signer(tsa.keys(), tsa.type().signatureAlgorithm), tsa.certificate()),
                    new SignatureAlgorithms().digestCalculatorProvider().get(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.2.3.4.1"));
            tokens.addCertificates(new CollectionStore<>(List.of(tsa.certificate())));
            byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
            TimeStampRequestGenerator request = new TimeStampRequestGenerator();
            request.setCertReq(true);
            TimeStampToken token = tokens.generate(request.generate(TSPAlgorithms.SHA256, imprint), BigInteger.ONE,
                    Date.from(genTime));
            AttributeTable unsigned = new AttributeTable(new org.bouncycastle.asn1.cms.Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped)).getEncoded();
        } catch (GeneralSecurityException | IOException | CMSException | OperatorCreationException | TSPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer(KeyPair keys, String signatureAlgorithm) throws GeneralSecurityException {
        try {
            return new SignatureAlgorithms().contentSigner(keys.getPrivate(), signatureAlgorithm, false);
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private interface ExtensionAdder {
        void addTo(JcaX509v3CertificateBuilder builder) throws IOException;
    }

    private static X509CertificateHolder build(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
                                               KeyType issuerType, Instant notBefore, Instant notAfter,
                                               ExtensionAdder extensions) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic());
            extensions.addTo(builder);
            return builder.build(signer(issuerKeys, issuerType.signatureAlgorithm));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ExtensionAdder caExtensions() {
        return builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        };
    }

    private static ExtensionAdder personExtensions(PersonProfile profile) {
        return builder -> {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(profile.keyUsage()));
            if (profile.seal()) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(SigningCertificates.UA_SEAL));
            }
            Vector<Attribute> attributes = new Vector<>();
            if (profile.taxNumber() != null && !profile.taxInSerialNumber()) {
                attributes.add(new Attribute(SigningCertificates.DRFO, new DERSet(new DERPrintableString(profile.taxNumber()))));
            }
            if (profile.edrpou() != null) {
                attributes.add(new Attribute(SigningCertificates.EDRPOU, new DERSet(new DERPrintableString(profile.edrpou()))));
            }
            if (!attributes.isEmpty()) {
                builder.addExtension(Extension.subjectDirectoryAttributes, false, new SubjectDirectoryAttributes(attributes));
            }
        };
    }

    private static X500Name caName(String name) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UA").addRDN(BCStyle.O, name)
                .addRDN(BCStyle.CN, name).build();
    }

    private static X500Name personName(PersonProfile profile) {
        if (profile.subject() != null) {
            return profile.subject();
        }
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UA")
                .addRDN(BCStyle.SURNAME, "Шевченко").addRDN(BCStyle.GIVENNAME, "Олена Петрівна");
        if (profile.taxNumber() != null && profile.taxInSerialNumber()) {
            name.addRDN(BCStyle.SERIALNUMBER, "UA-" + profile.taxNumber() + "-0001");
        }
        return name.build();
    }
}
