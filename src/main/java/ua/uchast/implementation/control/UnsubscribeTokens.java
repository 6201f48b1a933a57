package ua.uchast.implementation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.platform.control.Hmac;

/**
 * The token of a follower's one-click unsubscribe link: HMAC-SHA-256 of the follower's id, so the link works without
 * signing in and nobody can make one for someone else. The key is {@code UCHAST_UNSUBSCRIBE_SECRET}, or else derived
 * from the residents' key secret, kept apart from it by its own label.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private byte[] key;

    protected UnsubscribeTokens() {
    }

    @Inject
    public UnsubscribeTokens(@ConfigProperty(name = "uchast.unsubscribe-secret") Optional<String> unsubscribeSecret,
            @ConfigProperty(name = "uchast.resident-key-secret", defaultValue = "") String residentKeySecret) {
        this.key = Hmac.key(unsubscribeSecret, residentKeySecret, "uchast unsubscribe");
    }

    public String tokenFor(Long followerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Hmac.sha256(key, "follower:" + followerId));
    }

    /** Compared in constant time. */
    public boolean matches(Long followerId, String token) {
        return followerId != null && token != null
                && MessageDigest.isEqual(tokenFor(followerId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }
}
