package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ua.uchast.identity.entity.Rnokpp;

class TaxNumberHasherTest {

    private static final byte[] SECRET = "a server secret of at least 32 bytes!".getBytes(StandardCharsets.US_ASCII);
    private static final Rnokpp PERSON = Rnokpp.of("3038104120");

    @Test
    void samePersonSameKey() {
        assertEquals(new TaxNumberHasher(SECRET).keyOf(PERSON), new TaxNumberHasher(SECRET.clone()).keyOf(Rnokpp.of("3038104120")));
    }

    @Test
    void keyIsHmacSha256InHex() {
        // openssl: printf 3038104120 | openssl dgst -sha256 -hmac 'a server secret of at least 32 bytes!'
        assertEquals("2bfc1af80e2f9bde9b3e4dc3a315762e8d378be387169d3adfdb64de8986c1d6",
                new TaxNumberHasher(SECRET).keyOf(PERSON).hex());
    }

    @Test
    void otherSecretOtherKey() {
        byte[] other = "another server secret, 32 bytes long".getBytes(StandardCharsets.US_ASCII);
        assertNotEquals(new TaxNumberHasher(SECRET).keyOf(PERSON), new TaxNumberHasher(other).keyOf(PERSON));
    }

    @Test
    void keyDoesNotContainTheNumber() {
        assertFalse(new TaxNumberHasher(SECRET).keyOf(PERSON).toString().contains(PERSON.value()));
    }

    @Test
    void shortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TaxNumberHasher(new byte[16]));
    }
}
