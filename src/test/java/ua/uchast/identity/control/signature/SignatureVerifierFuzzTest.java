package ua.uchast.identity.control.signature;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ua.uchast.identity.control.signature.TestPki.Issued;
import ua.uchast.identity.control.signature.TestPki.KeyType;

/**
 * Any bytes given as a signature get a verdict with a reason, in bounded time: never an exception, a hang or an
 * acceptance. The seeds in {@code SignatureVerifierFuzzTestInputs/} run in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class SignatureVerifierFuzzTest {

    private static final Issued CA = TestPki.rootCa("Тестовий КНЕДП EC", KeyType.EC_P256);
    private static final SignatureVerifier VERIFIER = new SignatureVerifier(
            TrustAnchors.of(List.of(CA.certificate()), List.of()), Clock.fixed(TestPki.NOW, ZoneOffset.UTC), false);
    private static final byte[] DOCUMENT = "{\"cycle\":1}".getBytes(StandardCharsets.UTF_8);

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void verify(byte[] input) {
        SignatureVerdict attached = VERIFIER.verify(input, null, null);
        SignatureVerdict detached = VERIFIER.verify(input, DOCUMENT, TestPki.NOW);
        SignatureVerifier.signedContent(input);

        assertNotNull(attached.reason());
        assertFalse(detached.voterIdentity(), "no signature of the test CA's voters is among the inputs");
    }
}
