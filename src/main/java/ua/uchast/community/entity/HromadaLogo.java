package ua.uchast.community.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A hromada's logo as its administrator uploaded it, re-encoded from its pixels; a table of its own, read only when the logo is asked for. */
@Entity
@Table(name = "hromada_logo")
public class HromadaLogo {

    @Id
    @Column(name = "hromada_id")
    private Long hromadaId;

    @Column(name = "media_type", nullable = false, length = 40)
    private String mediaType;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected HromadaLogo() {
    }

    public HromadaLogo(Long hromadaId, String mediaType, byte[] content, LocalDateTime updatedAt) {
        this.hromadaId = hromadaId;
        replace(mediaType, content, updatedAt);
    }

    public final void replace(String newMediaType, byte[] newContent, LocalDateTime at) {
        mediaType = newMediaType;
        content = newContent.clone();
        updatedAt = at;
    }

    public Long hromadaId() {
        return hromadaId;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] content() {
        return content.clone();
    }

    public LocalDateTime updatedAt() {
        return updatedAt;
    }
}
