package ua.uchast.proposal.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.proposal.entity.AttachmentKind;

/**
 * Any uploaded bytes are either a clean file of an allowed kind or refused with a message: never another exception,
 * a hang, or an image decoded past the pixel and memory caps. Seeds in {@code UploadInspectorFuzzTestInputs/} (among
 * them a small PNG that would decode to ~100 MB) run in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class UploadInspectorFuzzTest {

    private static final UploadInspector INSPECTOR = new UploadInspector();

    @FuzzTest(maxDuration = "10m")
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void inspect(byte[] input) {
        for (AttachmentKind kind : AttachmentKind.values()) {
            try {
                UploadInspector.CleanFile clean = INSPECTOR.inspect(kind, "file", input);
                assertTrue(kind.allows(clean.type()));
            } catch (InvalidInputException refused) {
                assertTrue(refused.violations().stream().allMatch(v -> v.messageKey().startsWith("upload.")),
                        refused.violations()::toString);
            }
        }
    }
}
