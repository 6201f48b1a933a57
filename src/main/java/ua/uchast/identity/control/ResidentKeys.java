package ua.uchast.identity.control;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.identity.entity.Rnokpp;

/**
 * The deployment's {@link TaxNumberHasher}, keyed by the secret in {@code uchast.resident-key-secret}
 * (UCHAST_RESIDENT_KEY_SECRET). Checked when the application starts: without a long enough secret it does not start.
 */
@ApplicationScoped
public class ResidentKeys {

    public static final String SECRET_PROPERTY = "uchast.resident-key-secret";

    private TaxNumberHasher hasher;

    protected ResidentKeys() {
    }

    @Inject
    public ResidentKeys(@ConfigProperty(name = SECRET_PROPERTY, defaultValue = "") String secret) {
        this.hasher = hasherFor(secret);
    }

    static TaxNumberHasher hasherFor(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException("UCHAST_RESIDENT_KEY_SECRET (" + SECRET_PROPERTY + ") must be set to a random "
                    + "secret of at least 32 bytes, e.g. the output of `openssl rand -base64 48`; it is "
                    + (bytes.length == 0 ? "missing" : "only " + bytes.length + " bytes long"));
        }
        return new TaxNumberHasher(bytes);
    }

    /** Delivering this event creates the bean, so a missing or short secret stops the deployment right away. */
    void checkOnStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        // nothing more to do: the constructor has checked the secret
    }

    public ResidentKey keyOf(Rnokpp taxNumber) {
        return hasher.keyOf(taxNumber);
    }
}
