package ua.uchast.implementation.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token of a follower's one-click unsubscribe link: HMAC-SHA-256 of the follower's id, so the link works without
 * signing in and nobody can make one for someone else. The key is {@code UCHAST_UNSUBSCRIBE_SECRET}, or else derived
 * from the residents' key secret, kept apart from it by its own label.
 */
@ApplicationScoped
public class UnsubscribeTokens {

    private static final String ALGORITHM = "HmacSHA256";

    private byte[] key;

    protected UnsubscribeTokens() {
    }

    @Inject
    public UnsubscribeTokens(@ConfigProperty(name = "uchast.unsubscribe-secret") Optional<String> unsubscribeSecret,
            @ConfigProperty(name = "uchast.resident-key-secret", defaultValue = "") String residentKeySecret) {
        this.key = unsubscribeSecret.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> hmac(residentKeySecret.getBytes(StandardCharsets.UTF_8), "uchast unsubscribe"));
    }

    public String tokenFor(Long followerId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "follower:" + followerId));
    }

    /** Compared in constant time. */
    public boolean matches(Long followerId, String token) {
        return followerId != null && token != null
                && MessageDigest.isEqual(tokenFor(followerId).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, ALGORITHM));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
