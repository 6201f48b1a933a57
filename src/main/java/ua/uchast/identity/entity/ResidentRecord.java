package ua.uchast.identity.entity;

import java.time.LocalDate;
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

/**
 * A person who signed in through an identity provider, under their resident key; what eligibility needs (birth date,
 * the address the provider gave) and a name to show. Written only by the upsert in {@code JpaResidentRepository}.
 */
@Entity
@Table(name = "resident")
@NamedQuery(name = ResidentRecord.BY_KEY, query = "select r from ResidentRecord r where r.residentKey = :residentKey")
public class ResidentRecord {

    public static final String BY_KEY = "ResidentRecord.byKey";
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resident_key", nullable = false, length = 64, updatable = false)
    private String residentKey;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(length = MAX_ADDRESS)
    private String address;

    /** The KATOTTG code of the address, when the provider gave one. */
    @Column(length = 19)
    private String katottg;

    /** From the РНОКПП at the latest sign-in (it is not kept), for statistics; null for sign-ins before it was recorded. */
    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Rnokpp.Gender gender;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_sign_in_at", nullable = false)
    private LocalDateTime lastSignInAt;

    protected ResidentRecord() {
    }

    public Long id() {
        return id;
    }

    public String residentKey() {
        return residentKey;
    }

    public String displayName() {
        return displayName;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String address() {
        return address;
    }

    public String katottg() {
        return katottg;
    }

    public Rnokpp.Gender gender() {
        return gender;
    }

    public LocalDateTime lastSignInAt() {
        return lastSignInAt;
    }
}
