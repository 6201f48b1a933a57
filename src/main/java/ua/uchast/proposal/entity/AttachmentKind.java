package ua.uchast.proposal.entity;

import java.util.EnumSet;
import java.util.Set;

/** Photos illustrate a project; documents support it (drawings, permits, quotes). */
public enum AttachmentKind {
    PHOTO(5L * 1024 * 1024, EnumSet.of(MediaType.JPEG, MediaType.PNG)),
    DOCUMENT(10L * 1024 * 1024, EnumSet.of(MediaType.PDF, MediaType.JPEG, MediaType.PNG));

    private final long maxBytes;
    private final Set<MediaType> allowed;

    AttachmentKind(long maxBytes, Set<MediaType> allowed) {
        this.maxBytes = maxBytes;
        this.allowed = allowed;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public boolean allows(MediaType type) {
        return allowed.contains(type);
    }

    /** The file types this kind takes, as the form tells the browser. */
    public String accept() {
        return String.join(",", allowed.stream().map(MediaType::mime).toList());
    }
}
