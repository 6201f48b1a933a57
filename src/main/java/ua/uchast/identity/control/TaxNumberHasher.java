package ua.uchast.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import ua.uchast.identity.entity.Rnokpp;

/** Turns a РНОКПП into the {@link ResidentKey} under which a person is stored, so the plain number never is. */
public final class TaxNumberHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretKeySpec secret;

    public TaxNumberHasher(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the resident-key secret must be at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.secret = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
    }

    public ResidentKey keyOf(Rnokpp rnokpp) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] tag = mac.doFinal(rnokpp.value().getBytes(StandardCharsets.US_ASCII));
            return new ResidentKey(HexFormat.of().formatHex(tag));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "TaxNumberHasher[HMAC-SHA-256]";
    }
}
