package ua.uchast.proposal.entity;

import java.util.Arrays;
import java.util.Optional;

/** The file types the platform keeps, recognised by their first bytes, never by name or the browser's claim. */
public enum MediaType {
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mime;
    private final String extension;
    private final byte[] magic;

    MediaType(String mime, String extension, byte[] magic) {
        this.mime = mime;
        this.extension = extension;
        this.magic = magic;
    }

    public static Optional<MediaType> of(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
    }

    public static MediaType ofMime(String mime) {
        return Arrays.stream(values()).filter(type -> type.mime.equals(mime)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(mime));
    }

    private boolean startsOf(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    public boolean isImage() {
        return this != PDF;
    }

    public String mime() {
        return mime;
    }

    public String extension() {
        return extension;
    }
}
