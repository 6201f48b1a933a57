package ua.uchast.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

import ua.uchast.identity.control.signature.CadesSigner;
import ua.uchast.identity.control.signature.TestPki;
import ua.uchast.identity.control.signature.TestPki.Issued;
import ua.uchast.identity.control.signature.TestPki.KeyType;
import ua.uchast.identity.control.signature.TestPki.PersonProfile;

/**
 * Test signing authorities for the qualified-signature channel: two CAs (ECDSA P-256 and DSTU 4145) whose
 * certificates {@link #create} writes into a trust folder the platform under test is pointed at
 * (UCHAST_TRUSTED_CA_DIR), voters' keys for any РНОКПП, the bad kinds of key a voting test needs, and CAdES signatures
 * (DER) made with them at the real clock's now.
 * <pre>
 * TestSigner signer = TestServices.testSigner();
 * byte[] p7s = signer.voter("3121203458").signAttached(ballotDocument);
 * byte[] bad = signer.seal("43395033").signAttached(ballotDocument);   // refused: SEAL_CERTIFICATE
 * </pre>
 */
public final class TestSigner {

    /** The key algorithms a voter's key may use. */
    public enum Algorithm { ECDSA_P256, DSTU_4145 }

    private static final Provider BC = new BouncyCastleProvider();

    private final Issued ecdsaCa;
    private final Issued dstuCa;
    private final Path trustFolder;
    private final Duration validity;

    private TestSigner(Issued ecdsaCa, Issued dstuCa, Path trustFolder, Duration validity) {
        this.ecdsaCa = ecdsaCa;
        this.dstuCa = dstuCa;
        this.trustFolder = trustFolder;
        this.validity = validity;
    }

    /**
     * New CAs (valid for years) whose certificates are written into {@code trustFolder} (created if absent); the keys
     * they issue are valid from a day ago for {@code validity}.
     */
    public static TestSigner create(Path trustFolder, Duration validity) {
        TestSigner signer = new TestSigner(TestPki.rootCa("Тестовий КНЕДП Участь (ECDSA)", KeyType.EC_P256),
                TestPki.rootCa("Тестовий КНЕДП Участь (ДСТУ 4145)", KeyType.DSTU_LE), trustFolder, validity);
        try {
            Files.createDirectories(trustFolder);
            Files.write(trustFolder.resolve("test-ca-ecdsa.cer"), signer.ecdsaCa.certificate().getEncoded());
            Files.write(trustFolder.resolve("test-ca-dstu4145.cer"), signer.dstuCa.certificate().getEncoded());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return signer;
    }

    /** The folder holding the trusted CA certificates. */
    public Path trustFolder() {
        return trustFolder;
    }

    /** An acceptable voter's ECDSA P-256 key for the РНОКПП. */
    public SigningKey voter(String rnokpp) {
        return voter(rnokpp, Algorithm.ECDSA_P256);
    }

    /** An acceptable voter's key for the РНОКПП, a natural person named "Тестовий Виборець". */
    public SigningKey voter(String rnokpp, Algorithm algorithm) {
        return voter(rnokpp, algorithm, personName("Виборець", rnokpp));
    }

    /** An acceptable voter's key for the РНОКПП with the given subject name. */
    public SigningKey voter(String rnokpp, Algorithm algorithm, X500Name subject) {
        return issue(algorithm == Algorithm.DSTU_4145 ? dstuCa : ecdsaCa,
                current().withTaxNumber(rnokpp).withSubject(subject));
    }

    /** An organisation's seal with its EDRPOU and no personal tax number: refused as SEAL_CERTIFICATE. */
    public SigningKey seal(String edrpou) {
        return issue(ecdsaCa, current().asOrganisationSeal("ТОВ \"Тестова організація\"", edrpou));
    }

    /** A key whose certificate allows key agreement (encryption) only: refused as NOT_A_SIGNING_CERTIFICATE. */
    public SigningKey encryptionOnly(String rnokpp) {
        return issue(ecdsaCa, current().withTaxNumber(rnokpp).withKeyUsage(KeyUsage.keyAgreement)
                .withSubject(personName("Шифрування", rnokpp)));
    }

    /** A voter's key whose certificate expired a day ago: refused as CERTIFICATE_EXPIRED. */
    public SigningKey expired(String rnokpp) {
        Instant now = Instant.now();
        return issue(ecdsaCa, current().withTaxNumber(rnokpp).validBetween(now.minus(Duration.ofDays(366)),
                now.minus(Duration.ofDays(1))).withSubject(personName("Прострочений", rnokpp)));
    }

    /** A voter's key from a CA the platform does not trust (its certificate embedded): refused as UNTRUSTED_CHAIN. */
    public SigningKey untrusted(String rnokpp) {
        Issued stranger = TestPki.rootCa("Невідомий ЦСК", KeyType.EC_P256);
        Issued person = TestPki.person(stranger, current().withTaxNumber(rnokpp).withSubject(personName("Чужий", rnokpp)));
        return new SigningKey(person.keys(), person.certificate(), List.of(stranger.certificate()));
    }

    /** A natural person's key without any tax number: refused as NO_TAX_NUMBER. */
    public SigningKey withoutTaxNumber() {
        return issue(ecdsaCa, current().withTaxNumber(null).withSubject(personName("Безномерний", null)));
    }

    /** A key whose certificate carries the РНОКПП with its check digit changed: refused as INVALID_TAX_NUMBER. */
    public SigningKey wrongCheckDigit(String rnokpp) {
        char last = rnokpp.charAt(9);
        String wrong = rnokpp.substring(0, 9) + (char) (last == '9' ? '0' : last + 1);
        return issue(ecdsaCa, current().withTaxNumber(wrong).withSubject(personName("Помилковий", wrong)));
    }

    private PersonProfile current() {
        Instant now = Instant.now();
        return PersonProfile.voter().validBetween(now.minus(Duration.ofDays(1)), now.plus(validity));
    }

    private static SigningKey issue(Issued ca, PersonProfile profile) {
        Issued person = TestPki.person(ca, profile);
        return new SigningKey(person.keys(), person.certificate(), List.of());
    }

    private static X500Name personName(String surname, String rnokpp) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "UA")
                .addRDN(BCStyle.CN, surname + " Тестовий").addRDN(BCStyle.SURNAME, surname)
                .addRDN(BCStyle.GIVENNAME, "Тестовий");
        if (rnokpp != null) {
            name.addRDN(BCStyle.SERIALNUMBER, "TINUA-" + rnokpp);
        }
        return name.build();
    }

    /**
     * A private key with its certificate (and, for an untrusted one, its CA's certificate to embed).
     */
    public record SigningKey(KeyPair keys, X509CertificateHolder certificate, List<X509CertificateHolder> chain) {

        /** An attached CAdES-BES (the document inside), DER, signed now. */
        public byte[] signAttached(byte[] document) {
            return sign(document, true);
        }

        /** A detached CAdES-BES (the document not inside), DER, signed now. */
        public byte[] signDetached(byte[] document) {
            return sign(document, false);
        }

        private byte[] sign(byte[] document, boolean attached) {
            try {
                return CadesSigner.sign(keys.getPrivate(), certificate, CadesSigner.algorithmFor(keys.getPrivate()),
                        document, attached, Instant.now(), chain);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The key as a PKCS#12 file, as {@code uchast-cli.jar sign-ballot --key} reads it. */
        public byte[] pkcs12(char[] password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12", BC);
                store.load(null, null);
                JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
                List<Certificate> certificates = new ArrayList<>();
                certificates.add(converter.getCertificate(certificate));
                for (X509CertificateHolder ca : chain) {
                    certificates.add(converter.getCertificate(ca));
                }
                store.setKeyEntry("voter", keys.getPrivate(), password, certificates.toArray(new X509Certificate[0]));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, password);
                return out.toByteArray();
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
