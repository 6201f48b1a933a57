package ua.uchast.voting.control;

import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ua.uchast.platform.control.Hmac;
import ua.uchast.voting.entity.ReceiptCode;

/**
 * The keyed hash under which a receipt code is stored with its ballot (HMAC-SHA-256). The key is
 * {@code UCHAST_RECEIPT_SECRET}, or else derived from the residents' key secret, kept apart from it by its own label.
 */
@ApplicationScoped
public class ReceiptKeys {

    private byte[] key;

    protected ReceiptKeys() {
    }

    @Inject
    public ReceiptKeys(@ConfigProperty(name = "uchast.receipt-secret") Optional<String> receiptSecret,
            @ConfigProperty(name = "uchast.resident-key-secret", defaultValue = "") String residentKeySecret) {
        this.key = Hmac.key(receiptSecret, residentKeySecret, "uchast receipts");
    }

    public String hashOf(ReceiptCode code) {
        return HexFormat.of().formatHex(Hmac.sha256(key, code.characters()));
    }
}
