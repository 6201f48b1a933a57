package ua.uchast.implementation.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A dated report of progress on a winner, with its photos (their bytes are kept apart). */
@Entity
@Table(name = "implementation_report")
public class ProgressReport {

    public static final int MAX_PHOTOS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "implementation_id", updatable = false)
    private Implementation implementation;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Column(nullable = false, columnDefinition = "TEXT", updatable = false)
    private String text;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReportPhoto> photos = new ArrayList<>();

    protected ProgressReport() {
    }

    ProgressReport(Implementation implementation, LocalDate reportedOn, String text, Editor by, LocalDateTime createdAt) {
        this.implementation = implementation;
        this.reportedOn = reportedOn;
        this.text = text;
        this.authorId = by.accountId();
        this.authorName = by.name();
        this.createdAt = createdAt;
    }

    /** A photo judged and re-encoded already; its bytes are stored apart under the photo's id. */
    public ReportPhoto addPhoto(String mediaType, long sizeBytes, LocalDateTime now) {
        ReportPhoto photo = new ReportPhoto(this, implementation.projectId(), mediaType, sizeBytes, authorId, now);
        photos.add(photo);
        return photo;
    }

    public Long id() {
        return id;
    }

    public LocalDate reportedOn() {
        return reportedOn;
    }

    public String text() {
        return text;
    }

    public String authorName() {
        return authorName;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public List<ReportPhoto> photos() {
        return Collections.unmodifiableList(photos);
    }
}
