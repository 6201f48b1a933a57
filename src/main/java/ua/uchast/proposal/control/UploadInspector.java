package ua.uchast.proposal.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
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

    /** Larger images are refused before decoding, so a small file cannot unpack into gigabytes of pixels. */
    static final long MAX_PIXELS = 40_000_000L;

    public record CleanFile(MediaType type, byte[] content) {
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

    private static byte[] reencoded(MediaType type, String field, byte[] content) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw refusal(field, "upload.damaged");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw refusal(field, "upload.tooManyPixels");
                }
                BufferedImage image = reader.read(0);
                return written(withoutAlphaForJpeg(type, image), type);
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
