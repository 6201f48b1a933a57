package ua.uchast.identity.control.signature;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Attribute;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectDirectoryAttributes;
import org.bouncycastle.cert.X509CertificateHolder;

import ua.uchast.identity.entity.Rnokpp;

/** What a certificate says about its holder, and whether it may identify a voter. */
final class SigningCertificates {

    static final ASN1ObjectIdentifier DRFO = new ASN1ObjectIdentifier("1.2.804.2.1.1.1.11.1.4.1.1");
    static final ASN1ObjectIdentifier EDRPOU = new ASN1ObjectIdentifier("1.2.804.2.1.1.1.11.1.4.2.1");
    static final KeyPurposeId UA_SEAL = KeyPurposeId.getInstance(new ASN1ObjectIdentifier("1.2.804.2.1.1.1.3.9"));

    /** "UA-3038104120-1028" (older Ukrainian CAs) or "TINUA-3038104120" (ETSI natural person semantics). */
    private static final Pattern SERIAL_NUMBER_TAX = Pattern.compile("(?:UA|TINUA)-(\\d{10})(?:-.*)?");

    private SigningCertificates() {
    }

    static SignerIdentity identityOf(X509CertificateHolder certificate) {
        X500Name subject = certificate.getSubject();
        String taxNumber = directoryAttribute(certificate, DRFO)
                .or(() -> rdn(subject, BCStyle.SERIALNUMBER).map(SERIAL_NUMBER_TAX::matcher).filter(Matcher::matches)
                        .map(m -> m.group(1)))
                .orElse(null);
        String edrpou = directoryAttribute(certificate, EDRPOU).orElse(null);
        return new SignerIdentity(displayName(subject), taxNumber, edrpou, hasSealPurpose(certificate));
    }

    /** @return null when the certificate may identify a voter, else why not */
    static RejectionReason voterProblem(X509CertificateHolder certificate, SignerIdentity identity) {
        KeyUsage keyUsage = KeyUsage.fromExtensions(certificate.getExtensions());
        if (keyUsage == null || !(keyUsage.hasUsages(KeyUsage.digitalSignature) || keyUsage.hasUsages(KeyUsage.nonRepudiation))) {
            return RejectionReason.NOT_A_SIGNING_CERTIFICATE;
        }
        if (identity.seal()) {
            return RejectionReason.SEAL_CERTIFICATE;
        }
        if (!Rnokpp.hasTenDigits(identity.taxNumber())) {
            return RejectionReason.NO_TAX_NUMBER;
        }
        if (!Rnokpp.isValid(identity.taxNumber())) {
            return RejectionReason.INVALID_TAX_NUMBER;
        }
        return null;
    }

    private static boolean hasSealPurpose(X509CertificateHolder certificate) {
        ExtendedKeyUsage purposes = ExtendedKeyUsage.fromExtensions(certificate.getExtensions());
        return purposes != null && purposes.hasKeyPurposeId(UA_SEAL);
    }

    private static String displayName(X500Name subject) {
        return rdn(subject, BCStyle.CN)
                .or(() -> rdn(subject, BCStyle.SURNAME).map(surname -> rdn(subject, BCStyle.GIVENNAME)
                        .map(given -> surname + " " + given).orElse(surname)))
                .or(() -> rdn(subject, BCStyle.O))
                .orElse(subject.toString());
    }

    private static Optional<String> rdn(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        return rdns.length == 0 ? Optional.empty() : text(rdns[0].getFirst().getValue());
    }

    private static Optional<String> directoryAttribute(X509CertificateHolder certificate, ASN1ObjectIdentifier type) {
        Extension extension = certificate.getExtension(Extension.subjectDirectoryAttributes);
        if (extension == null) {
            return Optional.empty();
        }
        for (Object attribute : SubjectDirectoryAttributes.getInstance(extension.getParsedValue()).getAttributes()) {
            Attribute typed = (Attribute) attribute;
            if (typed.getAttrType().equals(type) && typed.getAttrValues().size() > 0) {
                return text(typed.getAttrValues().getObjectAt(0)).map(String::strip);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> text(ASN1Encodable value) {
        return value instanceof ASN1String string ? Optional.of(string.getString()) : Optional.empty();
    }
}
