package ua.uchast.community.entity;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ua.uchast.platform.entity.Violations;

/** A staff member's account. It belongs to exactly one hromada and never sees another's data. */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = StaffAccount.OF_HROMADA,
        query = "select s from StaffAccount s where s.hromada.id = :hromadaId order by s.username")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String OF_HROMADA = "StaffAccount.ofHromada";
    public static final int MIN_PASSWORD = 12;
    private static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hromada_id")
    private Hromada hromada;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffRole role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(Hromada hromada, String username, String fullName, String email, StaffRole role,
            String passwordHash, LocalDateTime createdAt) {
        String normalizedUsername = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
        String normalizedEmail = email == null || email.isBlank() ? null : email.strip();
        new Violations()
                .requireText("username", normalizedUsername, 60)
                .require(normalizedUsername == null || normalizedUsername.matches(USERNAME_PATTERN), "username",
                        "validation.username")
                .requireText("fullName", fullName, 200)
                .require(normalizedEmail == null || normalizedEmail.length() <= 254 && normalizedEmail.matches(EMAIL_PATTERN),
                        "email", "validation.email")
                .require(role != null, "role", "validation.required")
                .throwIfAny();
        this.hromada = hromada;
        this.username = normalizedUsername;
        this.fullName = fullName.strip();
        this.email = normalizedEmail;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public void deactivate() {
        active = false;
    }

    public void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    public boolean belongsTo(Long hromadaId) {
        return hromada.id().equals(hromadaId);
    }

    public Long id() {
        return id;
    }

    public Hromada hromada() {
        return hromada;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public StaffRole role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
