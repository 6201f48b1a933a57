package ua.uchast.implementation.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** An unsubscribe link works for its own follower only, and only under the deployment's secret. */
class UnsubscribeTokensTest {

    private static final UnsubscribeTokens TOKENS = new UnsubscribeTokens(Optional.empty(), "resident-key-secret-of-this-deployment");

    @Test
    void aTokenOpensItsOwnFollowerAndNoOther() {
        String token = TOKENS.tokenFor(41L);
        assertTrue(TOKENS.matches(41L, token));
        assertFalse(TOKENS.matches(42L, token));
        assertFalse(TOKENS.matches(41L, token.substring(1)));
        assertFalse(TOKENS.matches(41L, null));
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "fits a URL as it is: " + token);
    }

    @Test
    void anotherDeploymentsSecretOrItsOwnUnsubscribeSecretGivesOtherTokens() {
        assertNotEquals(TOKENS.tokenFor(41L), new UnsubscribeTokens(Optional.empty(), "another-deployment").tokenFor(41L));
        assertNotEquals(TOKENS.tokenFor(41L), new UnsubscribeTokens(Optional.of("own-unsubscribe-secret"),
                "resident-key-secret-of-this-deployment").tokenFor(41L));
    }
}
