package ua.uchast.voting.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.voting.entity.ReceiptCode;

/**
 * The keyed hash under which a receipt code is stored with its ballot (HMAC-SHA-256). The key is
 * {@code UCHAST_RECEIPT_SECRET}, or else derived from the residents' key secret, kept apart from it by its own label.
 */
@ApplicationScoped
public class ReceiptKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private SecretKeySpec key;

    protected ReceiptKeys() {
    }

    @Inject
    public ReceiptKeys(@ConfigProperty(name = "uchast.receipt-secret") Optional<String> receiptSecret,
            @ConfigProperty(name = "uchast.resident-key-secret", defaultValue = "") String residentKeySecret) {
        byte[] secret = receiptSecret.filter(value -> !value.isBlank())
                .map(value -> value.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> hmac(residentKeySecret.getBytes(StandardCharsets.UTF_8), "uchast receipts"));
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    public String hashOf(ReceiptCode code) {
        return HexFormat.of().formatHex(hmac(key.getEncoded(), code.characters()));
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
