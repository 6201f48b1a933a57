package ua.uchast.community.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ua.uchast.community.entity.StaffAccount;
import ua.uchast.platform.entity.FieldViolation;

/**
 * What a staff password must be: 12 to 200 characters, not one of the most common passwords (a small list shipped with
 * the platform), not the username inside it, not one character repeated.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = load("/ua/uchast/community/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, as a message on the field; empty if it is acceptable. */
    public static Optional<FieldViolation> violation(String field, String password, String username) {
        if (password == null || password.length() < StaffAccount.MIN_PASSWORD) {
            return Optional.of(FieldViolation.of(field, "validation.password", StaffAccount.MIN_PASSWORD));
        }
        if (password.length() > StaffAccount.MAX_PASSWORD) {
            return Optional.of(FieldViolation.of(field, "validation.tooLong", StaffAccount.MAX_PASSWORD));
        }
        String lowerCase = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lowerCase) || lowerCase.chars().distinct().count() == 1) {
            return Optional.of(FieldViolation.of(field, "password.common"));
        }
        if (username != null && lowerCase.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(FieldViolation.of(field, "password.containsUsername"));
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
