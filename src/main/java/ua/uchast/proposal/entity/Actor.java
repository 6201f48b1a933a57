package ua.uchast.proposal.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who did something to a project: a resident (by their resident id) or a staff member (by their account id). */
@Embeddable
public class Actor implements Serializable {

    public enum Kind {
        RESIDENT, STAFF
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "actor_id")
    private Long id;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String name;

    protected Actor() {
    }

    private Actor(Kind kind, Long id, String name) {
        this.kind = kind;
        this.id = id;
        this.name = name;
    }

    public static Actor resident(Long residentId, String name) {
        return new Actor(Kind.RESIDENT, residentId, name);
    }

    public static Actor staff(Long accountId, String name) {
        return new Actor(Kind.STAFF, accountId, name);
    }

    public boolean isResident(Long residentId) {
        return kind == Kind.RESIDENT && id.equals(residentId);
    }

    public Kind kind() {
        return kind;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }
}
