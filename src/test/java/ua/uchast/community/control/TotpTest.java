package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesOfRfc6238sTestVectorsWithSha1() {
        long[][] vectors = {{59L, 94287082L}, {1111111109L, 7081804L}, {1111111111L, 14050471L}, {1234567890L, 89005924L},
            {2000000000L, 69279037L}, {20000000000L, 65353130L}};
        for (long[] vector : vectors) {
            assertEquals(String.format("%08d", vector[1]), Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(vector[0])), 8),
                    "at " + vector[0]);
        }
    }

    @Test
    void aCodeIsAcceptedInItsStepAndTheNeighboursOnlyAndTellsWhichStep() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2027-03-01T10:00:10Z");
        long step = Totp.stepAt(now);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(secret, Totp.code(secret, step), now));
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(secret, Totp.code(secret, step - 1), now), "a clock behind");
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(secret, Totp.code(secret, step + 1), now), "a clock ahead");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 3), now).isEmpty(), "an old code");
        String spaced = Totp.code(secret, step).substring(0, 3) + " " + Totp.code(secret, step).substring(3);
        assertEquals(OptionalLong.of(step), Totp.matchingStep(secret, spaced, now), "typed in two groups");
        for (String nonsense : new String[] {null, "", "12345", "1234567", "abcdef", "12345x"}) {
            assertTrue(Totp.matchingStep(secret, nonsense, now).isEmpty(), String.valueOf(nonsense));
        }
    }

    @Test
    void secretsAreBase32OfTwentyRandomBytes() {
        String secret = Totp.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertArrayEquals(RFC_KEY, Base32.decode(Base32.encode(RFC_KEY)));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_KEY), "RFC 6238's key in Base32");
    }

    @Test
    void theProvisioningAddressNamesTheIssuerAndAccount() {
        String uri = Totp.provisioningUri("Участь", "olena.admin", "GEZDGNBVGY3TQOJQ");
        assertTrue(uri.startsWith("otpauth://totp/%D0%A3%D1%87%D0%B0%D1%81%D1%82%D1%8C:olena.admin?secret=GEZDGNBVGY3TQOJQ"),
                uri);
        assertTrue(uri.contains("&digits=6&period=30"), uri);
    }
}
