package ua.uchast.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA-256 for the platform's keyed hashes and tokens, and their keys: a secret of their own from configuration, or
 * else one derived from another secret and kept apart from it by a label.
 */
public final class Hmac {

    private Hmac() {
    }

    /** HMAC-SHA-256 of the text (UTF-8) under the secret; an empty secret is read as one zero byte. */
    public static byte[] sha256(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    /** The key: its own secret when one is set and not blank, else derived from {@code deriveFrom} under the label. */
    public static byte[] key(Optional<String> ownSecret, String deriveFrom, String label) {
        return ownSecret.filter(value -> !value.isBlank()).map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> sha256(deriveFrom.getBytes(StandardCharsets.UTF_8), label));
    }
}
