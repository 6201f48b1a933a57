package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aStoredHashIsArgon2idAndAcceptsOnlyItsPassword() {
        String hash = hasher.hash("правильний пароль");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.matches("правильний пароль", hash));
        assertFalse(hasher.matches("правильний пароль ", hash));
        assertFalse(hasher.matches("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void somethingThatIsNotAnArgon2idHashNeverMatches() {
        assertFalse(hasher.matches("x", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(hasher.matches("x", "plain"));
    }
}
