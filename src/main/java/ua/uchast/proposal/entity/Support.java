package ua.uchast.proposal.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An eligible resident backs a project before review; once per resident and project (a unique key in the database). */
@Entity
@Table(name = "project_support")
@NamedQuery(name = Support.COUNT_OF_PROJECT, query = "select count(s) from Support s where s.projectId = :projectId")
@NamedQuery(name = Support.COUNT_OF_PROJECTS,
        query = "select s.projectId, count(s) from Support s where s.projectId in :projectIds group by s.projectId")
public class Support {

    public static final String COUNT_OF_PROJECT = "Support.countOfProject";
    public static final String COUNT_OF_PROJECTS = "Support.countOfProjects";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "resident_id", nullable = false, updatable = false)
    private Long residentId;

    @Column(name = "supported_at", nullable = false, updatable = false)
    private LocalDateTime supportedAt;

    protected Support() {
    }

    public Support(Long projectId, Long residentId, LocalDateTime supportedAt) {
        this.projectId = projectId;
        this.residentId = residentId;
        this.supportedAt = supportedAt;
    }
}
