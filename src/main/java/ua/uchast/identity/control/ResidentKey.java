package ua.uchast.identity.control;

import java.util.Objects;

/** A resident's pseudonymous key: HMAC-SHA-256 of the РНОКПП under the server secret, as lowercase hex. */
public record ResidentKey(String hex) {

    public ResidentKey {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a resident key is 64 lowercase hex digits");
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
