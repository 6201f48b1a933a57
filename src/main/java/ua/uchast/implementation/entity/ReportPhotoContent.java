package ua.uchast.implementation.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of a report's photo, read only when the photo itself is asked for. */
@Entity
@Table(name = "implementation_photo_content")
public class ReportPhotoContent {

    @Id
    @Column(name = "photo_id")
    private Long photoId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ReportPhotoContent() {
    }

    public ReportPhotoContent(Long photoId, byte[] content) {
        this.photoId = photoId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
