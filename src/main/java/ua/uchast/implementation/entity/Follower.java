package ua.uchast.implementation.entity;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.Violations;

/**
 * Someone told by e-mail of each new report and status change of a winner: a resident who chose to follow it (with the
 * address they gave) or its author (from the project's contact address). Unsubscribing keeps the row, so an author
 * who left is not added again; following again takes it back.
 */
@Entity
@Table(name = "implementation_follower")
@NamedQuery(name = Follower.OF_PROJECT, query = "select f from Follower f where f.projectId = :projectId order by f.id")
@NamedQuery(name = Follower.BY_EMAIL, query = "select f from Follower f where f.projectId = :projectId and f.email = :email")
@NamedQuery(name = Follower.BY_RESIDENT,
        query = "select f from Follower f where f.projectId = :projectId and f.residentId = :residentId")
@NamedQuery(name = Follower.LATEST_OF_RESIDENT,
        query = "select f from Follower f where f.residentId = :residentId order by f.createdAt desc, f.id desc")
public class Follower {

    public static final String OF_PROJECT = "Follower.ofProject";
    public static final String BY_EMAIL = "Follower.byEmail";
    public static final String BY_RESIDENT = "Follower.byResident";
    public static final String LATEST_OF_RESIDENT = "Follower.latestOfResident";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(nullable = false, length = Violations.MAX_EMAIL)
    private String email;

    @Column(name = "resident_id")
    private Long residentId;

    @Column(nullable = false)
    private boolean author;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "unsubscribed_at")
    private LocalDateTime unsubscribedAt;

    protected Follower() {
    }

    private Follower(Long projectId, String email, Long residentId, boolean author, LocalDateTime now) {
        this.projectId = projectId;
        this.email = email;
        this.residentId = residentId;
        this.author = author;
        this.createdAt = now;
    }

    /** A signed-in resident follows with the address they typed (checked here). */
    public static Follower resident(Long projectId, Long residentId, String email, LocalDateTime now) {
        return new Follower(projectId, normalized(email), residentId, false, now);
    }

    /** The author (a resident) follows their own project from the project's contact address. */
    public static Follower author(Long projectId, Long authorId, String email, LocalDateTime now) {
        return new Follower(projectId, normalized(email), authorId, true, now);
    }

    /** An address as stored and compared: checked, without surrounding spaces, in lower case. */
    public static String normalized(String email) {
        new Violations().requireEmail("email", email).throwIfAny();
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The resident follows (again) through this row, whoever it was made for. */
    public void followedBy(Long resident, LocalDateTime now) {
        residentId = resident;
        unsubscribedAt = null;
        createdAt = now;
    }

    public void unsubscribe(LocalDateTime now) {
        if (unsubscribedAt == null) {
            unsubscribedAt = now;
        }
    }

    public boolean isActive() {
        return unsubscribedAt == null;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    public String email() {
        return email;
    }

    public Long residentId() {
        return residentId;
    }

    public boolean isAuthor() {
        return author;
    }
}
