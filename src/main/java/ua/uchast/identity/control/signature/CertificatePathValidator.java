package ua.uchast.identity.control.signature;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Builds and checks a path from a certificate to a trust anchor by hand, because JCA PKIX cannot verify DSTU 4145
 * certificate signatures: issuer name match, signature under the issuer's key, CA basic constraints and keyCertSign
 * on every issuer, validity of every certificate at the moment, and revocation in the configured CRLs.
 * Path length constraints, name constraints and certificate policies are not checked.
 * <p>
 * The search is breadth-first over certificates (not over orderings of them), at most {@value #MAX_PATH_LENGTH}
 * certificates deep, and checks each (certificate, issuer) signature once, at most {@value #MAX_SIGNATURE_CHECKS}
 * certificate signatures per path: a crafted pile of CA certificates sharing one name and key costs milliseconds,
 * not hours. CRL signatures are checked once per (CRL, issuer), for configured issuers once per deployment.
 */
final class CertificatePathValidator {

    static final int MAX_PATH_LENGTH = 8;
    static final int MAX_SIGNATURE_CHECKS = 100;

    /**
     * @param problem           null when a path to an anchor is valid at the moment, else the problem of the shortest
     *                          path found
     * @param revocationChecked every certificate on the accepted path below its anchor has a current CRL from its
     *                          issuer (one whose nextUpdate is not before the moment); false when there is no path
     */
    record Outcome(RejectionReason problem, boolean revocationChecked) {
    }

    private enum Revocation { GOOD, REVOKED, UNKNOWN }

    /** A CRL by its position in the trust folder's list (hashing a large CRL's contents would cost as much as its signature). */
    private record CrlIssuer(int crl, X509CertificateHolder issuer) {
    }

    private final TrustAnchors trust;
    private final SignatureAlgorithms algorithms;
    /** CRL signatures by configured CA certificates: both come from the trust folder, so the map stays bounded. */
    private final Map<CrlIssuer, Boolean> trustedCrlSignatures = new ConcurrentHashMap<>();

    CertificatePathValidator(TrustAnchors trust, SignatureAlgorithms algorithms) {
        this.trust = trust;
        this.algorithms = algorithms;
    }


    Outcome validate(X509CertificateHolder leaf, Collection<X509CertificateHolder> supplied, Instant moment) {
        Search search = new Search(supplied, Date.from(moment));
        List<X509CertificateHolder> anyPath = search.shortestPath(leaf, (child, issuer) -> true);
        if (anyPath == null) {
            return new Outcome(TrustAnchors.isSelfIssued(leaf) ? RejectionReason.SELF_SIGNED
                    : RejectionReason.UNTRUSTED_CHAIN, false);
        }
        Date at = search.at;
        if (at.before(leaf.getNotBefore())) {
            return new Outcome(RejectionReason.CERTIFICATE_NOT_YET_VALID, false);
        }
        if (at.after(leaf.getNotAfter())) {
            return new Outcome(RejectionReason.CERTIFICATE_EXPIRED, false);
        }
        if (search.shortestPath(leaf, (child, issuer) -> issuer.isValidOn(at)
                && search.revocation(child, issuer) == Revocation.GOOD) != null) {
            return new Outcome(null, true);
        }
        if (search.shortestPath(leaf, (child, issuer) -> issuer.isValidOn(at)
                && search.revocation(child, issuer) != Revocation.REVOKED) != null) {
            return new Outcome(null, false);
        }
        boolean caInvalid = anyPath.stream().skip(1).anyMatch(ca -> !ca.isValidOn(at));
        return new Outcome(caInvalid ? RejectionReason.CA_CERTIFICATE_NOT_VALID : RejectionReason.CERTIFICATE_REVOKED,
                false);
    }

    /** One path search: its candidates indexed by subject, and each signature it checked, remembered. */
    private final class Search {

        private final Date at;
        private final Map<X500Name, List<X509CertificateHolder>> bySubject = new HashMap<>();
        private final Map<X509CertificateHolder, List<X509CertificateHolder>> issuers = new HashMap<>();
        private final Map<CrlIssuer, Boolean> crlSignatures = new HashMap<>();
        private final Set<X509CertificateHolder> configured = new HashSet<>();
        private int signatureChecksLeft = MAX_SIGNATURE_CHECKS;

        Search(Collection<X509CertificateHolder> supplied, Date at) {
            this.at = at;
            configured.addAll(trust.anchors());
            configured.addAll(trust.intermediates());
            Set<X509CertificateHolder> candidates = new LinkedHashSet<>(configured);
            candidates.addAll(supplied);
            candidates.forEach(c -> bySubject.computeIfAbsent(c.getSubject(), name -> new ArrayList<>()).add(c));
        }

        /** Breadth-first over certificates; an edge (child, issuer) is followed only if the rule allows it. */
        List<X509CertificateHolder> shortestPath(X509CertificateHolder leaf,
                                                 BiPredicate<X509CertificateHolder, X509CertificateHolder> rule) {
            Map<X509CertificateHolder, X509CertificateHolder> childOf = new HashMap<>();
            Set<X509CertificateHolder> seen = new HashSet<>(List.of(leaf));
            List<X509CertificateHolder> level = List.of(leaf);
            for (int length = 1; length <= MAX_PATH_LENGTH && !level.isEmpty(); length++) {
                List<X509CertificateHolder> next = new ArrayList<>();
                for (X509CertificateHolder certificate : level) {
                    if (trust.isAnchor(certificate)) {
                        return pathTo(certificate, childOf);
                    }
                    if (length == MAX_PATH_LENGTH) {
                        continue;
                    }
                    for (X509CertificateHolder issuer : issuersOf(certificate)) {
                        if (!seen.contains(issuer) && rule.test(certificate, issuer)) {
                            seen.add(issuer);
                            childOf.put(issuer, certificate);
                            next.add(issuer);
                        }
                    }
                }
                level = next;
            }
            return null;
        }

        private List<X509CertificateHolder> pathTo(X509CertificateHolder anchor,
                                                   Map<X509CertificateHolder, X509CertificateHolder> childOf) {
            List<X509CertificateHolder> path = new ArrayList<>();
            for (X509CertificateHolder at = anchor; at != null; at = childOf.get(at)) {
                path.add(0, at);
            }
            return path;
        }

        private List<X509CertificateHolder> issuersOf(X509CertificateHolder certificate) {
            return issuers.computeIfAbsent(certificate, c -> bySubject.getOrDefault(c.getIssuer(), List.of()).stream()
                    .filter(issuer -> !issuer.equals(c) && keyIdentifiersAgree(c, issuer) && mayIssueCertificates(issuer))
                    .filter(issuer -> withinBudget() && verifies(() -> c.isSignatureValid(verifier(issuer))))
                    .toList());
        }

        Revocation revocation(X509CertificateHolder certificate, X509CertificateHolder issuer) {
            BigInteger serial = certificate.getSerialNumber();
            boolean current = false;
            List<X509CRLHolder> crls = trust.crls();
            for (int index = 0; index < crls.size(); index++) {
                X509CRLHolder crl = crls.get(index);
                if (!crl.getIssuer().equals(certificate.getIssuer()) || !isCrlSignedBy(index, crl, issuer)) {
                    continue;
                }
                X509CRLEntryHolder entry = crl.getRevokedCertificate(serial);
                if (entry != null && !entry.getRevocationDate().after(at)) {
                    return Revocation.REVOKED;
                }
                current |= isComplete(crl) && crl.getNextUpdate() != null && !at.after(crl.getNextUpdate());
            }
            return current ? Revocation.GOOD : Revocation.UNKNOWN;
        }

        private boolean isCrlSignedBy(int index, X509CRLHolder crl, X509CertificateHolder issuer) {
            CrlIssuer pair = new CrlIssuer(index, issuer);
            Map<CrlIssuer, Boolean> memo = configured.contains(issuer) ? trustedCrlSignatures : crlSignatures;
            Boolean known = memo.get(pair);
            if (known == null) {
                known = verifies(() -> crl.isSignatureValid(verifier(issuer)));
                memo.put(pair, known);
            }
            return known;
        }

        /**
         * Certificate signatures count against the budget; an issuer past it is not followed (the search fails
         * closed). CRL signatures do not count, so a pile of decoys cannot stop a revocation from being seen: there
         * are at most as many as the followed edges times the CRLs of the issuer's name.
         */
        private boolean withinBudget() {
            return signatureChecksLeft-- > 0;
        }

        private boolean verifies(SignatureCheck check) {
            try {
                return check.verify();
            } catch (CertException | OperatorCreationException | RuntimeException e) {
                return false;
            }
        }
    }

    @FunctionalInterface
    private interface SignatureCheck {
        boolean verify() throws CertException, OperatorCreationException;
    }

    private ContentVerifierProvider verifier(X509CertificateHolder issuer)
            throws OperatorCreationException {
        return algorithms.verifierProvider(issuer.getSubjectPublicKeyInfo());
    }

    /** Where both sides name the key, they must name the same one; this spares a signature check. */
    private static boolean keyIdentifiersAgree(X509CertificateHolder certificate, X509CertificateHolder issuer) {
        try {
            AuthorityKeyIdentifier authority = AuthorityKeyIdentifier.fromExtensions(certificate.getExtensions());
            SubjectKeyIdentifier subject = SubjectKeyIdentifier.fromExtensions(issuer.getExtensions());
            return authority == null || authority.getKeyIdentifierObject() == null || subject == null
                    || Arrays.equals(authority.getKeyIdentifierObject().getOctets(), subject.getKeyIdentifier());
        } catch (RuntimeException malformed) {
            return true;
        }
    }

    /** Anchors are trusted by configuration, so only an explicit keyUsage without keyCertSign disqualifies them. */
    private boolean mayIssueCertificates(X509CertificateHolder issuer) {
        try {
            return mayIssue(issuer);
        } catch (RuntimeException malformedExtension) {
            return false;
        }
    }

    private boolean mayIssue(X509CertificateHolder issuer) {
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

    /** A delta CRL lists only what changed since its base, so it cannot vouch that a certificate is unrevoked. */
    private static boolean isComplete(X509CRLHolder crl) {
        return crl.getExtension(Extension.deltaCRLIndicator) == null;
    }
}
