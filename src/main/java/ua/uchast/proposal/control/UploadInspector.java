package ua.uchast.proposal.control;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import ua.uchast.platform.control.PhotoInspection;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.proposal.entity.AttachmentKind;
import ua.uchast.proposal.entity.MediaType;

/**
 * Decides what an uploaded file is from its bytes alone (an HTML or SVG page named photo.jpg is refused), checks the
 * size for its kind, and re-encodes images so that nothing but pixels survives (no EXIF location, no comments, no
 * trailing payload).
 */
@ApplicationScoped
public class UploadInspector implements PhotoInspection {

    private static final long MIB = 1024L * 1024;
    /**
     * Larger images are refused from their header, before decoding, so a small file cannot unpack into gigabytes of
     * pixels: at most 30 megapixels (a 24 MP camera photo fits) ...
     */
    static final long MAX_PIXELS = 30_000_000L;
    /** ... and at most this much memory once decoded (a 16-bit RGBA PNG takes 8 bytes a pixel: at most 12 MP). */
    static final long MAX_DECODED_BYTES = 96L * MIB;
    /** All images being decoded at once stay within this much decoded memory; the rest wait their turn. */
    static final long DECODING_BUDGET_BYTES = 2 * MAX_DECODED_BYTES;
    private static final Duration DECODING_WAIT = Duration.ofSeconds(30);

    public record CleanFile(MediaType type, byte[] content) {
    }

    /** Permits are mebibytes of decoded pixels. */
    final Semaphore decoding = new Semaphore((int) (DECODING_BUDGET_BYTES / MIB), true);
    private final Duration decodingWait;

    public UploadInspector() {
        this(DECODING_WAIT);
    }

    UploadInspector(Duration decodingWait) {
        this.decodingWait = decodingWait;
    }

    public CleanFile inspect(AttachmentKind kind, String field, byte[] content) {
        if (content.length == 0) {
            throw refusal(field, "upload.empty");
        }
        if (content.length > kind.maxBytes()) {
            throw refusal(field, "upload.tooLarge", kind.maxBytes() / (1024 * 1024));
        }
        MediaType type = MediaType.of(content).filter(kind::allows)
                .orElseThrow(() -> refusal(field, "upload.typeNotAllowed." + kind.name()));
        return new CleanFile(type, type.isImage() ? reencoded(type, field, content) : content);
    }

    /** Photos for other components (a hromada's logo) follow the rules of project photos. */
    @Override
    public long maxBytes() {
        return AttachmentKind.PHOTO.maxBytes();
    }

    @Override
    public CleanPhoto cleanPhoto(String field, byte[] content) {
        CleanFile clean = inspect(AttachmentKind.PHOTO, field, content);
        return new CleanPhoto(clean.type().mime(), clean.content());
    }

    private byte[] reencoded(MediaType type, String field, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw refusal(field, "upload.damaged");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                long decodedBytes = pixels * storedBytesPerPixel(reader);
                if (pixels > MAX_PIXELS || decodedBytes > MAX_DECODED_BYTES) {
                    throw refusal(field, "upload.tooManyPixels");
                }
                int permits = (int) Math.max(1, (decodedBytes + MIB - 1) / MIB);
                if (!awaitDecodingTurn(permits)) {
                    throw refusal(field, "upload.busy");
                }
                try {
                    BufferedImage image = reader.read(0);
                    return written(withoutAlphaForJpeg(type, image), type);
                } finally {
                    decoding.release(permits);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException refused) {
                throw refused;
            }
            throw refusal(field, "upload.damaged");
        }
    }

    private boolean awaitDecodingTurn(int permits) {
        try {
            return decoding.tryAcquire(permits, decodingWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a decoded pixel takes in memory (e.g. 3 for 8-bit RGB, 8 for 16-bit RGBA), from the header alone. */
    private static long storedBytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 8;
        }
        SampleModel samples = type.getSampleModel(1, 1);
        return Math.max(1, DataBuffer.getDataTypeSize(samples.getDataType()) / 8L * samples.getNumDataElements());
    }

    private static BufferedImage withoutAlphaForJpeg(MediaType type, BufferedImage image) {
        if (type != MediaType.JPEG || image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }

    private static byte[] written(BufferedImage image, MediaType type) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, type.extension().equals("jpg") ? "jpeg" : type.extension(), output)) {
                throw new IllegalStateException("No ImageIO writer for " + type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return output.toByteArray();
    }

    private static InvalidInputException refusal(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(FieldViolation.of(field, messageKey, arguments));
    }
}
