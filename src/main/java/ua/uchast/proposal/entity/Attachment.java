package ua.uchast.proposal.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A photo or document of a project: what it is, not its bytes (those are in {@link AttachmentContent}). */
@Entity
@Table(name = "project_attachment")
@NamedQuery(name = Attachment.OF_PROJECT, query = "select a from Attachment a where a.projectId = :projectId order by a.id")
@NamedQuery(name = Attachment.FIRST_PHOTOS, query = "select a.projectId, min(a.id) from Attachment a "
        + "where a.projectId in :projectIds and a.kind = ua.uchast.proposal.entity.AttachmentKind.PHOTO group by a.projectId")
public class Attachment {

    public static final String OF_PROJECT = "Attachment.ofProject";
    public static final String FIRST_PHOTOS = "Attachment.firstPhotos";
    public static final int MAX_FILE_NAME = 200;
    public static final int MAX_PER_PROJECT = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AttachmentKind kind;

    @Column(name = "file_name", nullable = false, length = MAX_FILE_NAME, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 60, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected Attachment() {
    }

    public Attachment(Long projectId, AttachmentKind kind, String fileName, MediaType mediaType, long sizeBytes, Long uploadedBy,
            LocalDateTime uploadedAt) {
        this.projectId = projectId;
        this.kind = kind;
        this.fileName = fileName;
        this.mediaType = mediaType.mime();
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public AttachmentKind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public MediaType mediaType() {
        return MediaType.ofMime(mediaType);
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }
}
