package ua.uchast.proposal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;

import ua.uchast.proposal.TestImages;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.MediaType;

/** Small files that would unpack into hundreds of megabytes of pixels are refused from their header. */
class DecompressionBombTest {

    /** A real, complete PNG of black pixels: tiny on disk, {@code width × height × 8} bytes once decoded. */
    static byte[] blackPng16BitRgba(int width, int height) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            byte[] row = new byte[1 + width * 8];
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {16, 6, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void aSmall16BitPngOf13MegapixelsIsRefusedBeforeDecoding() throws IOException {
        byte[] bomb = blackPng16BitRgba(4000, 3250);
        assertTrue(bomb.length < 1024 * 1024, "the file is small: " + bomb.length);
        UploadInspector inspector = new UploadInspector();

        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", bomb), "photo", "upload.tooManyPixels"));
    }

    @Test
    void moreThan30MegapixelsAreRefusedWhateverTheDepth() throws IOException {
        byte[] header = blackPng16BitRgba(6000, 5001);
        UploadInspector inspector = new UploadInspector();

        assertRefused(() -> inspector.inspect(AttachmentKind.DOCUMENT, "document", header), "document", "upload.tooManyPixels");
    }

    @Test
    void anOrdinaryPhotoStillPasses() throws IOException {
        assertEquals(MediaType.JPEG, new UploadInspector()
                .inspect(AttachmentKind.PHOTO, "photo", TestImages.image("jpeg", 1200, 900)).type());
    }

    @Test
    void whenTheDecodingBudgetIsTakenAnUploadWaitsAndThenIsAskedToTryAgain() throws IOException {
        UploadInspector inspector = new UploadInspector(Duration.ofMillis(200));
        byte[] photo = TestImages.image("png", 20, 20);
        int all = inspector.decoding.drainPermits();

        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", photo), "photo", "upload.busy");
        inspector.decoding.release(all);
        assertEquals(MediaType.PNG, inspector.inspect(AttachmentKind.PHOTO, "photo", photo).type());
        assertEquals(all, inspector.decoding.availablePermits(), "every permit is given back");
    }
}
