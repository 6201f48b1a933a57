package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

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

    @Test
    void aSignInCheckGoesThroughTheBoundOnHashingAndIsToldBusyWhenEveryTurnIsTaken() {
        HashingGate gate = new HashingGate(1, 1, Duration.ofMillis(50));
        PasswordHasher bounded = new PasswordHasher(gate);
        String stored = bounded.hash("правильний пароль");

        Optional<Optional<Boolean>> whileTheOnlyTurnIsTaken = gate.tryRun(() -> bounded.tryMatches("правильний пароль", stored));

        assertEquals(Optional.of(Optional.empty()), whileTheOnlyTurnIsTaken,
                "a check beyond the bound is told the server is busy instead of hashing (memory stays bounded)");
        assertEquals(Optional.of(true), bounded.tryMatches("правильний пароль", stored), "and is checked once a turn is free");
    }
}
