package ua.uchast.proposal.entity;

import ua.uchast.platform.entity.Texts;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One entry of a project's history: who, when, from which status to which, and why. The public reason is shown to
 * everyone; the internal note only to the hromada's commission. Entries are only ever added.
 */
@Entity
@Table(name = "project_transition")
public class ProjectTransition {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id", updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private ProjectEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private ProjectStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30, updatable = false)
    private ProjectStatus to;

    @Embedded
    private Actor actor;

    @Column(name = "public_reason", length = MAX_TEXT, updatable = false)
    private String publicReason;

    @Column(name = "internal_note", length = MAX_TEXT, updatable = false)
    private String internalNote;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    protected ProjectTransition() {
    }

    ProjectTransition(Project project, ProjectEvent event, ProjectStatus from, ProjectStatus to, Actor actor, String publicReason,
            String internalNote, LocalDateTime occurredAt) {
        this.project = project;
        this.event = event;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.publicReason = Texts.stripped(publicReason);
        this.internalNote = Texts.stripped(internalNote);
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public ProjectEvent event() {
        return event;
    }

    public ProjectStatus from() {
        return from;
    }

    public ProjectStatus to() {
        return to;
    }

    public Actor actor() {
        return actor;
    }

    public String publicReason() {
        return publicReason;
    }

    public String internalNote() {
        return internalNote;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }
}
