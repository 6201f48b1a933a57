package ua.uchast.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ua.DSTU4145Params;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.crypto.digests.GOST3411Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

import ua.uchast.bench.BenchData.Cycle;
import ua.uchast.testsupport.TestSigner;
import ua.uchast.voting.SignedBallotClient;

/**
 * The qualified e-signature channel over the public API: a ballot document per vote, signed by a voter's own key
 * (ECDSA P-256 or DSTU 4145), uploaded. And the yardstick for the server's check: BouncyCastle verifying the same
 * signatures bare, in this process.
 */
final class SignatureChannel {

    private static final Provider BC = new BouncyCastleProvider();

    private final SignedBallotClient api;
    private final TestSigner signer;
    private final Cycle cycle;
    private final Path trustFolder;
    private final Random random = new Random(4145);
    private int people = 500_000;

    SignatureChannel(String baseUrl, TestSigner signer, Cycle cycle) {
        this.api = new SignedBallotClient(baseUrl);
        this.signer = signer;
        this.cycle = cycle;
        this.trustFolder = signer.trustFolder();
    }

    /** A choice in the API's JSON: 1–3 projects in each category. */
    private synchronized String choice() {
        return cycle.projectsByCategory().entrySet().stream().map(category -> {
            List<Long> projects = category.getValue();
            int wanted = 1 + random.nextInt(3);
            return "\"" + category.getKey() + "\": " + random.ints(0, projects.size()).distinct().limit(wanted)
                    .sorted().mapToObj(i -> projects.get(i).toString()).collect(Collectors.joining(",", "[", "]"));
        }).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Issues a document for a random choice (one request). */
    byte[] issue() {
        return api.issue(cycle.id(), choice());
    }

    /** Signs documents as new voters, each with a key of their own (on all cores: key generation is slow for DSTU). */
    List<byte[]> sign(List<byte[]> documents, TestSigner.Algorithm algorithm) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<byte[]>> signed = new ArrayList<>();
            for (byte[] document : documents) {
                String taxNumber = Voters.person(people++).value();
                signed.add(pool.submit(() -> signer.voter(taxNumber, algorithm).signAttached(document)));
            }
            List<byte[]> signatures = new ArrayList<>();
            for (Future<byte[]> signature : signed) {
                signatures.add(signature.get());
            }
            return signatures;
        } catch (Exception e) {
            throw new IllegalStateException("signing failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Uploads a signed ballot; fails unless it is cast. */
    void cast(byte[] signature) {
        HttpResponse<String> cast = api.cast(cycle.id(), signature);
        if (cast.statusCode() != 201) {
            throw new IllegalStateException("signed ballot not cast: " + cast.statusCode() + " " + cast.body());
        }
    }

    /**
     * BouncyCastle verifying the signature and nothing else: the messageDigest attribute against the content and
     * the signature value over the signed attributes, with the certificate embedded in the signature. For ECDSA,
     * stock CMS verification; for DSTU 4145 (whose GOST 34.311 OID stock CMS does not know) the same two steps with
     * BouncyCastle's GOST 34.311 digest (the DKE S-box) and its DSTU 4145 signature.
     *
     * @param withCertificate also verify the CA's signature on the signer's certificate, as a certificate path needs
     * @return nanoseconds taken
     */
    long rawVerify(byte[] signature, TestSigner.Algorithm algorithm, boolean withCertificate) throws Exception {
        long started = System.nanoTime();
        CMSSignedData data = new CMSSignedData(signature);
        SignerInformation info = data.getSignerInfos().getSigners().iterator().next();
        @SuppressWarnings("unchecked")
        X509CertificateHolder certificate = (X509CertificateHolder) data.getCertificates().getMatches(info.getSID())
                .iterator().next();
        boolean valid;
        if (algorithm == TestSigner.Algorithm.ECDSA_P256) {
            valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate));
        } else {
            byte[] content = (byte[]) data.getSignedContent().getContent();
            GOST3411Digest digest = new GOST3411Digest(DKE_SBOX);
            digest.update(content, 0, content.length);
            byte[] actual = new byte[digest.getDigestSize()];
            digest.doFinal(actual, 0);
            byte[] expected = ASN1OctetString.getInstance(info.getSignedAttributes().get(CMSAttributes.messageDigest)
                    .getAttrValues().getObjectAt(0)).getOctets();
            PublicKey key = new JcaPEMKeyConverter().setProvider(BC).getPublicKey(certificate.getSubjectPublicKeyInfo());
            Signature dstu = Signature.getInstance("GOST3411WITHDSTU4145LE", BC);
            dstu.initVerify(key);
            dstu.update(info.getEncodedSignedAttributes());
            valid = MessageDigest.isEqual(expected, actual) && dstu.verify(new DEROctetString(info.getSignature()).getEncoded());
        }
        if (withCertificate) {
            valid &= certificate.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(BC)
                    .build(caCertificate(algorithm)));
        }
        long taken = System.nanoTime() - started;
        if (!valid) {
            throw new IllegalStateException("BouncyCastle did not verify a signature the platform accepted");
        }
        return taken;
    }

    private final Map<TestSigner.Algorithm, X509CertificateHolder> caCertificates = new java.util.EnumMap<>(TestSigner.Algorithm.class);

    private synchronized X509CertificateHolder caCertificate(TestSigner.Algorithm algorithm) throws IOException {
        X509CertificateHolder known = caCertificates.get(algorithm);
        if (known == null) {
            known = new X509CertificateHolder(Files.readAllBytes(trustFolder.resolve(
                    algorithm == TestSigner.Algorithm.ECDSA_P256 ? "test-ca-ecdsa.cer" : "test-ca-dstu4145.cer")));
            caCertificates.put(algorithm, known);
        }
        return known;
    }

    /** DSTU4145Params keeps the S-box two nibbles a byte; GOST 34.311 takes one a byte. */
    private static final byte[] DKE_SBOX = expanded(DSTU4145Params.getDefaultDKE());

    private static byte[] expanded(byte[] packed) {
        byte[] nibbles = new byte[packed.length * 2];
        for (int i = 0; i < packed.length; i++) {
            nibbles[2 * i] = (byte) ((packed[i] >> 4) & 0x0f);
            nibbles[2 * i + 1] = (byte) (packed[i] & 0x0f);
        }
        return nibbles;
    }
}
