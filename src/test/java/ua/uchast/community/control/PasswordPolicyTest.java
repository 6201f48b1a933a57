package ua.uchast.community.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import ua.uchast.platform.entity.FieldViolation;

class PasswordPolicyTest {

    private static Optional<String> refusal(String password) {
        return PasswordPolicy.violation("newPassword", password, "olena.admin").map(FieldViolation::messageKey);
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertTrue(refusal("груша-велосипед-липень").isEmpty());
        assertTrue(refusal("correct horse battery").isEmpty());
    }

    @Test
    void tooShortTooLongCommonOrWithTheUsernameIsRefused() {
        assertEquals(Optional.of("validation.password"), refusal("short-one"));
        assertEquals(Optional.of("validation.password"), refusal(null));
        assertEquals(Optional.of("validation.tooLong"), refusal("x".repeat(201) + "y"));
        assertEquals(Optional.of("password.common"), refusal("Password1234"), "ignoring case");
        assertEquals(Optional.of("password.common"), refusal("йцукенгшщзхї"), "a Ukrainian keyboard row");
        assertEquals(Optional.of("password.common"), refusal("uchast-demo-2027"), "the demo's own password");
        assertEquals(Optional.of("password.common"), refusal("zzzzzzzzzzzzzzz"), "one character over and over");
        assertEquals(Optional.of("password.containsUsername"), refusal("my-OLENA.ADMIN-password"));
    }
}
