package ua.uchast.implementation.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A photo of a progress report: what it is, not its bytes (those are in {@link ReportPhotoContent}). */
@Entity
@Table(name = "implementation_photo")
@NamedQuery(name = ReportPhoto.COUNT_RECENT_OF_UPLOADER,
        query = "select count(p) from ReportPhoto p where p.uploadedBy = :accountId and p.uploadedAt > :since")
public class ReportPhoto {

    public static final String COUNT_RECENT_OF_UPLOADER = "ReportPhoto.countRecentOfUploader";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", updatable = false)
    private ProgressReport report;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "media_type", nullable = false, length = 60, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected ReportPhoto() {
    }

    ReportPhoto(ProgressReport report, Long projectId, String mediaType, long sizeBytes, Long uploadedBy, LocalDateTime uploadedAt) {
        this.report = report;
        this.projectId = projectId;
        this.mediaType = mediaType;
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

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }
}
