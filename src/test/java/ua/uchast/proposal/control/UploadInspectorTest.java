package ua.uchast.proposal.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import ua.uchast.proposal.TestImages;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.MediaType;

class UploadInspectorTest {

    private final UploadInspector inspector = new UploadInspector();

    /** A JPEG with an EXIF segment carrying a GPS-like marker, inserted right after the start-of-image marker. */
    static byte[] jpegWithExif() throws IOException {
        byte[] plain = TestImages.image("jpeg", 40, 30);
        byte[] payload = "Exif\0\0GPS-SECRET-LOCATION".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    @Test
    void jpegIsReencodedWithoutItsMetadata() throws IOException {
        byte[] original = jpegWithExif();
        UploadInspector.CleanFile clean = inspector.inspect(AttachmentKind.PHOTO, "photo", original);
        assertEquals(MediaType.JPEG, clean.type());
        assertFalse(new String(clean.content(), StandardCharsets.ISO_8859_1).contains("GPS-SECRET"));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertNotNull(decoded);
        assertEquals(40, decoded.getWidth());
    }

    @Test
    void pngIsTakenAsAPhoto() throws IOException {
        assertEquals(MediaType.PNG, inspector.inspect(AttachmentKind.PHOTO, "photo", TestImages.image("png", 20, 20)).type());
    }

    @Test
    void htmlOrSvgDressedAsJpegIsRefused() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", html), "photo", "upload.typeNotAllowed.PHOTO");
        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", svg), "photo", "upload.typeNotAllowed.PHOTO");
    }

    @Test
    void aPdfIsADocumentNotAPhotoAndIsKeptAsItIs() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", pdf), "photo", "upload.typeNotAllowed.PHOTO");
        assertArrayEquals(pdf, inspector.inspect(AttachmentKind.DOCUMENT, "document", pdf).content());
    }

    @Test
    void overSizeAndDamagedAndEmptyFilesAreRefused() {
        byte[] big = new byte[(int) AttachmentKind.PHOTO.maxBytes() + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", big), "photo", "upload.tooLarge");
        byte[] damaged = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01}, 64);
        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", damaged), "photo", "upload.damaged");
        assertRefused(() -> inspector.inspect(AttachmentKind.PHOTO, "photo", new byte[0]), "photo", "upload.empty");
    }
}
