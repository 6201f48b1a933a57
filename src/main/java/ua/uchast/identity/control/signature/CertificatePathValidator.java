package ua.uchast.identity.control.signature;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Builds and checks a path from a certificate to a trust anchor by hand, because JCA PKIX cannot verify DSTU 4145
 * certificate signatures: issuer name match, signature under the issuer's key, CA basic constraints and keyCertSign
 * on every issuer, validity of every certificate at the moment, and revocation in the configured CRLs.
 * Path length constraints, name constraints and certificate policies are not checked.
 */
final class CertificatePathValidator {

    private static final int MAX_PATH_LENGTH = 8;

    private final TrustAnchors trust;
    private final SignatureAlgorithms algorithms;

    CertificatePathValidator(TrustAnchors trust, SignatureAlgorithms algorithms) {
        this.trust = trust;
        this.algorithms = algorithms;
    }

    /** @return null when some path to an anchor is valid at the moment, else the problem of the best path found */
    RejectionReason validate(X509CertificateHolder leaf, Collection<X509CertificateHolder> supplied, Instant moment) {
        List<List<X509CertificateHolder>> paths = new ArrayList<>();
        List<X509CertificateHolder> path = new ArrayList<>(List.of(leaf));
        collectPaths(path, supplied, paths);
        if (paths.isEmpty()) {
            return TrustAnchors.isSelfIssued(leaf) ? RejectionReason.SELF_SIGNED : RejectionReason.UNTRUSTED_CHAIN;
        }
        RejectionReason firstProblem = null;
        for (List<X509CertificateHolder> candidate : paths) {
            RejectionReason problem = problemAt(candidate, moment);
            if (problem == null) {
                return null;
            }
            firstProblem = firstProblem == null ? problem : firstProblem;
        }
        return firstProblem;
    }

    private void collectPaths(List<X509CertificateHolder> path, Collection<X509CertificateHolder> supplied,
                              List<List<X509CertificateHolder>> found) {
        X509CertificateHolder current = path.get(path.size() - 1);
        if (trust.isAnchor(current)) {
            found.add(List.copyOf(path));
            return;
        }
        if (path.size() >= MAX_PATH_LENGTH) {
            return;
        }
        Stream.of(trust.anchors(), trust.intermediates(), supplied)
                .flatMap(Collection::stream)
                .distinct()
                .filter(issuer -> !path.contains(issuer) && isIssuerOf(issuer, current))
                .forEach(issuer -> {
                    path.add(issuer);
                    collectPaths(path, supplied, found);
                    path.remove(path.size() - 1);
                });
    }

    private boolean isIssuerOf(X509CertificateHolder issuer, X509CertificateHolder certificate) {
        return issuer.getSubject().equals(certificate.getIssuer())
                && mayIssueCertificates(issuer)
                && isSignedBy(certificate, issuer);
    }

    /** Anchors are trusted by configuration, so only an explicit keyUsage without keyCertSign disqualifies them. */
    private boolean mayIssueCertificates(X509CertificateHolder issuer) {
        KeyUsage keyUsage = KeyUsage.fromExtensions(issuer.getExtensions());
        if (keyUsage != null && !keyUsage.hasUsages(KeyUsage.keyCertSign)) {
            return false;
        }
        if (trust.isAnchor(issuer)) {
            return true;
        }
        BasicConstraints constraints = BasicConstraints.fromExtensions(issuer.getExtensions());
        return constraints != null && constraints.isCA();
    }

    private boolean isSignedBy(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            return certificate.isSignatureValid(algorithms.verifierProvider(issuer.getSubjectPublicKeyInfo()));
        } catch (CertException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }

    private RejectionReason problemAt(List<X509CertificateHolder> path, Instant moment) {
        Date at = Date.from(moment);
        X509CertificateHolder leaf = path.get(0);
        if (at.before(leaf.getNotBefore())) {
            return RejectionReason.CERTIFICATE_NOT_YET_VALID;
        }
        if (at.after(leaf.getNotAfter())) {
            return RejectionReason.CERTIFICATE_EXPIRED;
        }
        if (path.stream().skip(1).anyMatch(ca -> !ca.isValidOn(at))) {
            return RejectionReason.CA_CERTIFICATE_NOT_VALID;
        }
        for (int i = 0; i + 1 < path.size(); i++) {
            if (isRevoked(path.get(i), path.get(i + 1), at)) {
                return RejectionReason.CERTIFICATE_REVOKED;
            }
        }
        return null;
    }

    /** Revoked at or before the moment, by a CRL signed by the certificate's issuer. */
    private boolean isRevoked(X509CertificateHolder certificate, X509CertificateHolder issuer, Date at) {
        BigInteger serial = certificate.getSerialNumber();
        for (X509CRLHolder crl : trust.crls()) {
            if (crl.getIssuer().equals(certificate.getIssuer()) && isCrlSignedBy(crl, issuer)) {
                X509CRLEntryHolder entry = crl.getRevokedCertificate(serial);
                if (entry != null && !entry.getRevocationDate().after(at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCrlSignedBy(X509CRLHolder crl, X509CertificateHolder issuer) {
        try {
            return crl.isSignatureValid(algorithms.verifierProvider(issuer.getSubjectPublicKeyInfo()));
        } catch (CertException | OperatorCreationException | RuntimeException e) {
            return false;
        }
    }
}
