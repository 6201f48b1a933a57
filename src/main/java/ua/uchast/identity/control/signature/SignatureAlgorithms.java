package ua.uchast.identity.control.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.ua.DSTU4145Params;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.crypto.io.DigestOutputStream;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.ContentVerifier;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Digest and signature operators for CMS and X.509: stock BouncyCastle for RSA (PKCS#1 v1.5, PSS) and ECDSA, plus
 * DSTU 4145 with GOST 34.311-95, which stock BC CMS verification rejects. The BC provider is held here and passed
 * explicitly, so nothing depends on the JVM's global security configuration.
 */
public final class SignatureAlgorithms {

    public static final ASN1ObjectIdentifier GOST_34311 = new ASN1ObjectIdentifier("1.2.804.2.1.1.1.1.2.1");
    /** DSTU 4145 with GOST 34.311, polynomial basis, signature little-endian: what Ukrainian providers issue. */
    public static final ASN1ObjectIdentifier DSTU_4145_LE = new ASN1ObjectIdentifier("1.2.804.2.1.1.1.1.3.1.1");
    /** The parent arc, used by some software for the big-endian form. */
    public static final ASN1ObjectIdentifier DSTU_4145_BE = new ASN1ObjectIdentifier("1.2.804.2.1.1.1.1.3.1");
    /** BouncyCastle's own OID for the big-endian form (UAObjectIdentifiers.dstu4145be). */
    public static final ASN1ObjectIdentifier DSTU_4145_BE_BC = new ASN1ObjectIdentifier("1.2.804.2.1.1.1.1.3.1.1.1.1");

    private static final String LITTLE_ENDIAN = "DSTU 4145 with GOST 34.311-95 (little-endian)";
    private static final String BIG_ENDIAN = "DSTU 4145 with GOST 34.311-95 (big-endian)";
    private static final Map<ASN1ObjectIdentifier, String> DSTU_NAMES = Map.of(
            DSTU_4145_LE, LITTLE_ENDIAN, DSTU_4145_BE, BIG_ENDIAN, DSTU_4145_BE_BC, BIG_ENDIAN);
    /** BC has no alias for the parent-arc OID, so every form goes by its BC name. */
    private static final Map<ASN1ObjectIdentifier, String> DSTU_JCA_NAMES = Map.of(
            DSTU_4145_LE, "GOST3411WITHDSTU4145LE",
            DSTU_4145_BE, "GOST3411WITHDSTU4145",
            DSTU_4145_BE_BC, "GOST3411WITHDSTU4145");

    private static final byte[] DKE_SBOX = expandSbox(DSTU4145Params.getDefaultDKE());

    private final Provider provider = new BouncyCastleProvider();
    private final DigestCalculatorProvider stockDigests;
    private final DigestCalculatorProvider digests;

    public SignatureAlgorithms() {
        try {
            stockDigests = new JcaDigestCalculatorProviderBuilder().setProvider(provider).build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("BouncyCastle digests are not available", e);
        }
        digests = algorithm -> GOST_34311.equals(algorithm.getAlgorithm()) ? gost34311(algorithm) : stockDigests.get(algorithm);
    }

    public DigestCalculatorProvider digestCalculatorProvider() {
        return digests;
    }

    public byte[] digest(AlgorithmIdentifier algorithm, byte[] data) throws OperatorCreationException {
        DigestCalculator calculator = digests.get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(data);
        } catch (IOException e) {
            throw new OperatorCreationException("cannot digest", e);
        }
        return calculator.getDigest();
    }

    /** Verifiers for signatures made with the given public key (of a certificate, CRL issuer or CMS signer). */
    public ContentVerifierProvider verifierProvider(SubjectPublicKeyInfo keyInfo) throws OperatorCreationException {
        PublicKey key;
        try {
            key = new JcaPEMKeyConverter().setProvider(provider).getPublicKey(keyInfo);
        } catch (IOException | RuntimeException e) {
            throw new OperatorCreationException("unsupported public key " + keyInfo.getAlgorithm().getAlgorithm(), e);
        }
        ContentVerifierProvider stock = new JcaContentVerifierProviderBuilder().setProvider(provider).build(key);
        return new ContentVerifierProvider() {
            @Override
            public boolean hasAssociatedCertificate() {
                return false;
            }

            @Override
            public X509CertificateHolder getAssociatedCertificate() {
                return null;
            }

            @Override
            public ContentVerifier get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
                return isDstu(algorithm) ? new DstuContentVerifier(algorithm, key) : stock.get(algorithm);
            }
        };
    }

    /**
     * The full signature algorithm of a CMS SignerInfo: where it only names the key type (rsaEncryption,
     * ecPublicKey) the digest algorithm completes it, e.g. SHA-256 + rsaEncryption = sha256WithRSAEncryption.
     *
     * @throws IllegalArgumentException for an unknown combination
     */
    public AlgorithmIdentifier signerInfoAlgorithm(AlgorithmIdentifier digest, AlgorithmIdentifier signature) {
        ASN1ObjectIdentifier oid = signature.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.rsaEncryption) || oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            String name = new DefaultCMSSignatureAlgorithmNameGenerator().getSignatureName(digest, signature);
            return new DefaultSignatureAlgorithmIdentifierFinder().find(name);
        }
        return signature;
    }

    /**
     * A signer for the algorithm, a JCA name such as "SHA256withECDSA" or a DSTU 4145 OID.
     *
     * @param forCms a CMS SignerInfo carries a DSTU 4145 value raw; certificates and CRLs wrap it in an OCTET STRING
     */
    public ContentSigner contentSigner(PrivateKey key, String algorithm, boolean forCms) throws OperatorCreationException {
        ASN1ObjectIdentifier dstu = dstuOid(algorithm);
        if (dstu != null) {
            return new DstuContentSigner(key, dstu, !forCms);
        }
        return new JcaContentSignerBuilder(algorithm).setProvider(provider).build(key);
    }

    /** The DSTU 4145 OID the text names, or null when it names another algorithm. */
    static ASN1ObjectIdentifier dstuOid(String algorithm) {
        return DSTU_NAMES.keySet().stream().filter(oid -> oid.getId().equals(algorithm)).findFirst().orElse(null);
    }

    public String displayName(AlgorithmIdentifier signature) {
        ASN1ObjectIdentifier oid = signature.getAlgorithm();
        if (DSTU_NAMES.containsKey(oid)) {
            return DSTU_NAMES.get(oid);
        }
        DefaultAlgorithmNameFinder names = new DefaultAlgorithmNameFinder();
        if (oid.equals(PKCSObjectIdentifiers.id_RSASSA_PSS) && signature.getParameters() != null) {
            return "RSASSA-PSS with " + names.getAlgorithmName(RSASSAPSSparams.getInstance(signature.getParameters()).getHashAlgorithm());
        }
        return names.getAlgorithmName(signature);
    }

    /** The BC JCA Signature name of a DSTU 4145 signature OID. */
    static String dstuJcaName(ASN1ObjectIdentifier oid) {
        return DSTU_JCA_NAMES.get(oid);
    }

    private static boolean isDstu(AlgorithmIdentifier algorithm) {
        return DSTU_NAMES.containsKey(algorithm.getAlgorithm());
    }

    private static DigestCalculator gost34311(AlgorithmIdentifier algorithm) {
        DigestOutputStream out = new DigestOutputStream(new GOST3411Digest(DKE_SBOX));
        return new DigestCalculator() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return out;
            }

            @Override
            public byte[] getDigest() {
                return out.getDigest();
            }
        };
    }

    /** DSTU4145Params keeps the S-box packed two nibbles a byte; GOST 34.311 wants one nibble a byte. */
    private static byte[] expandSbox(byte[] packed) {
        byte[] nibbles = new byte[packed.length * 2];
        for (int i = 0; i < packed.length; i++) {
            nibbles[2 * i] = (byte) ((packed[i] >> 4) & 0x0f);
            nibbles[2 * i + 1] = (byte) (packed[i] & 0x0f);
        }
        return nibbles;
    }

    /**
     * BC's DSTU 4145 Signature SPI expects the signature as a DER OCTET STRING. Certificates and CRLs carry it so
     * wrapped (inside the BIT STRING); a CMS SignerInfo carries the raw value. Both forms are therefore tried.
     */
    private final class DstuContentVerifier implements ContentVerifier {

        private final AlgorithmIdentifier algorithm;
        private final PublicKey key;
        private final ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();

        DstuContentVerifier(AlgorithmIdentifier algorithm, PublicKey key) {
            this.algorithm = algorithm;
            this.key = key;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return signedBytes;
        }

        @Override
        public boolean verify(byte[] signature) {
            for (byte[] encoded : encodingsOf(signature)) {
                if (verifyEncoded(encoded)) {
                    return true;
                }
            }
            return false;
        }

        private boolean verifyEncoded(byte[] encoded) {
            try {
                Signature verifier = Signature.getInstance(dstuJcaName(algorithm.getAlgorithm()), provider);
                verifier.initVerify(key);
                verifier.update(signedBytes.toByteArray());
                return verifier.verify(encoded);
            } catch (java.security.SignatureException | IllegalArgumentException e) {
                return false;
            } catch (GeneralSecurityException e) {
                throw new RuntimeOperatorException("DSTU 4145 verification unavailable: " + e.getMessage(), e);
            }
        }

        private List<byte[]> encodingsOf(byte[] signature) {
            try {
                byte[] wrapped = new DEROctetString(signature).getEncoded();
                return isOctetString(signature) ? List.of(signature, wrapped) : List.of(wrapped);
            } catch (IOException e) {
                throw new RuntimeOperatorException("cannot encode signature", e);
            }
        }

        private static boolean isOctetString(byte[] bytes) {
            try {
                return ASN1Primitive.fromByteArray(bytes) instanceof ASN1OctetString;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
    }

    /** BC's DSTU 4145 Signature returns the value wrapped in an OCTET STRING, as certificates carry it. */
    private final class DstuContentSigner implements ContentSigner {

        private final PrivateKey key;
        private final ASN1ObjectIdentifier oid;
        private final boolean wrapped;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        DstuContentSigner(PrivateKey key, ASN1ObjectIdentifier oid, boolean wrapped) {
            this.key = key;
            this.oid = oid;
            this.wrapped = wrapped;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return new AlgorithmIdentifier(oid);
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            try {
                Signature signature = Signature.getInstance(dstuJcaName(oid), provider);
                signature.initSign(key);
                signature.update(data.toByteArray());
                byte[] octetString = signature.sign();
                return wrapped ? octetString : ASN1OctetString.getInstance(octetString).getOctets();
            } catch (GeneralSecurityException e) {
                throw new RuntimeOperatorException("DSTU 4145 signing failed: " + e.getMessage(), e);
            }
        }
    }
}
