package ua.uchast.community.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}), with the
 * OWASP minimum parameters (19 MiB, 2 passes, 1 lane). Parameters are read back from each hash, so they can be
 * raised later without invalidating stored ones. Every hash goes through one {@link HashingGate}, so the memory all
 * hashing takes at once is bounded whatever the number of request threads.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final HashingGate gate;

    /** A hash of a random password: comparing against it costs as much as a real check (no user enumeration). */
    private final String decoyHash;

    public PasswordHasher() {
        this(HashingGate.sizedFor(MEMORY_KIB * 1024L * 11 / 10));
    }

    PasswordHasher(HashingGate gate) {
        this.gate = gate;
        this.decoyHash = hash("decoy-" + random.nextLong());
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = gate.run(() -> argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES));
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    public boolean matches(String password, String encoded) {
        return gate.run(() -> check(password, encoded));
    }

    /**
     * For sign-in: whether the password matches the hash (a null hash spends the time of a check against a decoy, so
     * an unknown user answers as slowly as a known one), or empty when the server is too busy to check it now.
     */
    public Optional<Boolean> tryMatches(String password, String encodedOrNull) {
        return gate.tryRun(() -> check(password, encodedOrNull == null ? decoyHash : encodedOrNull));
    }

    /** Whether a sign-in check now would only be told "busy" (so the attempt need not even be counted). */
    public boolean isBusy() {
        return gate.isFull();
    }

    private static boolean check(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String parameter : parts[3].split(",")) {
            String[] pair = parameter.split("=");
            int value = Integer.parseInt(pair[1]);
            switch (pair[0]) {
                case "m" -> memory = value;
                case "t" -> iterations = value;
                case "p" -> parallelism = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64_DECODER.decode(parts[4]);
        byte[] expected = B64_DECODER.decode(parts[5]);
        byte[] actual = argon2(password, salt, memory, iterations, parallelism, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] argon2(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
