package ua.uchast.identity.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.signature.RejectionReason;
import ua.uchast.identity.control.signature.SignatureVerdict;
import ua.uchast.identity.control.signature.SignatureVerifier;
import ua.uchast.identity.control.signature.TrustAnchors;
import ua.uchast.identity.entity.Rnokpp;

/**
 * The qualified e-signature (КЕП) channel: reads and checks CAdES signatures over documents the platform issued, with
 * trust from {@code uchast.trusted-ca-dir} (UCHAST_TRUSTED_CA_DIR: one or more folders of CA certificates,
 * {@code .p7b} bundles and CRLs, separated by commas or ":"), read once when the application starts. Without a
 * trusted CA the channel is off and says so in the log; the platform runs on.
 * <p>
 * The plain РНОКПП never leaves this class: callers get the resident key.
 */
@ApplicationScoped
public class QualifiedSignatures {

    public static final String TRUST_PROPERTY = "uchast.trusted-ca-dir";
    public static final String REQUIRE_REVOCATION_PROPERTY = "uchast.require-revocation-check";

    private static final Logger LOG = Logger.getLogger(QualifiedSignatures.class.getName());

    private SignatureVerifier verifier;
    private boolean enabled;
    private ResidentKeys residentKeys;
    private Clock clock;

    protected QualifiedSignatures() {
    }

    @Inject
    public QualifiedSignatures(@ConfigProperty(name = TRUST_PROPERTY) Optional<String> trustedCaDirs,
                               @ConfigProperty(name = REQUIRE_REVOCATION_PROPERTY, defaultValue = "false")
                               boolean requireRevocationCheck,
                               ResidentKeys residentKeys, Clock clock) {
        this.residentKeys = residentKeys;
        this.clock = clock;
        TrustAnchors trust = loadTrust(trustedCaDirs.map(TrustAnchors::folders).orElse(List.of()));
        this.enabled = trust.hasAnchors();
        this.verifier = new SignatureVerifier(trust, clock, requireRevocationCheck);
        if (enabled) {
            LOG.info(() -> "Qualified e-signature channel on: " + trust + " from " + trustedCaDirs.orElseThrow()
                    + (requireRevocationCheck ? "; a current CRL is required for every certificate" : ""));
        }
    }

    private static TrustAnchors loadTrust(List<Path> configured) {
        List<Path> folders = configured.stream().filter(Files::isDirectory).toList();
        configured.stream().filter(folder -> !Files.isDirectory(folder)).forEach(folder -> LOG.warning(
                "The trusted CA folder " + folder + " (" + TRUST_PROPERTY + ") does not exist; it is skipped"));
        if (folders.isEmpty()) {
            LOG.warning("Qualified e-signature channel off: UCHAST_TRUSTED_CA_DIR (" + TRUST_PROPERTY
                    + ") names no folder of trusted certification authorities");
            return TrustAnchors.of(List.of(), List.of());
        }
        try {
            TrustAnchors trust = TrustAnchors.load(folders);
            if (!trust.hasAnchors()) {
                LOG.warning("Qualified e-signature channel off: no self-signed (root) CA certificate in " + folders);
            }
            return trust;
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Qualified e-signature channel off: " + e.getMessage(), e);
            return TrustAnchors.of(List.of(), List.of());
        }
    }

    /** Delivering this event creates the bean, so the trust folders are read, and logged, when the application starts. */
    void loadOnStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // the constructor has read the trust folders
    }

    /** Whether any trusted CA (trust anchor) is configured: without one no signature can be accepted. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * The content encapsulated in an attached CAdES signature (DER, PEM or base64 of it), unverified; empty for a
     * detached signature and for anything that is not a readable signature of at most 1 MB. Never throws.
     */
    public Optional<byte[]> signedContent(byte[] signature) {
        return SignatureVerifier.signedContent(signature);
    }

    /**
     * Checks that the signature is over exactly {@code document} (attached: the embedded content must equal it;
     * detached: the signature is over it) by a natural person whose certificate chains to a trusted CA at
     * {@code moment} — the server's moment of casting, not the signer's own signingTime.
     *
     * @param moment when certificates are judged; null for the server's clock now
     */
    public SignatureCheck check(byte[] signature, byte[] document, Instant moment) {
        Objects.requireNonNull(document, "document");
        if (!enabled) {
            return SignatureCheck.refused(RejectionReason.NO_TRUSTED_CA);
        }
        SignatureVerdict verdict = verifier.verify(signature, document, moment == null ? clock.instant() : moment);
        if (!verdict.voterIdentity()) {
            return SignatureCheck.refused(verdict.reason());
        }
        Rnokpp taxNumber = verdict.signer().rnokpp().orElseThrow();
        return SignatureCheck.accepted(new SignedPerson(residentKeys.keyOf(taxNumber).hex(), taxNumber.birthDate(),
                taxNumber.gender(), verdict.signer().name()));
    }
}
