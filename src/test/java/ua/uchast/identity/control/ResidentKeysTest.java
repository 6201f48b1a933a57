package ua.uchast.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ua.uchast.identity.entity.Rnokpp;

class ResidentKeysTest {

    @Test
    void aMissingOrShortSecretStopsTheStartWithAClearMessage() {
        assertTrue(assertThrows(IllegalStateException.class, () -> new ResidentKeys("")).getMessage()
                .contains("UCHAST_RESIDENT_KEY_SECRET"));
        assertTrue(assertThrows(IllegalStateException.class, () -> new ResidentKeys("too-short")).getMessage()
                .contains("only 9 bytes"));
    }

    @Test
    void theSameSecretGivesTheSameKeyAsTheHasherUsedByOtherChannels() {
        String secret = "a-secret-of-more-than-thirty-two-bytes-for-tests";
        Rnokpp taxNumber = Rnokpp.of("3300912347");
        assertEquals(new TaxNumberHasher(secret.getBytes(StandardCharsets.UTF_8)).keyOf(taxNumber),
                new ResidentKeys(secret).keyOf(taxNumber));
    }
}
