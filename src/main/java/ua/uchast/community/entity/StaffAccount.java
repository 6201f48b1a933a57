package ua.uchast.community.entity;

import java.time.LocalDateTime;

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

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Texts;
import ua.uchast.platform.entity.Violations;

/**
 * A staff member's account. It belongs to exactly one hromada and never sees another's data; only a platform
 * operator's account belongs to none. Every change that must end the sessions signed in before (deactivation, a
 * password reset or change, a new role) raises the session version those sessions were signed in with.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = StaffAccount.BY_USERNAME, query = "select s from StaffAccount s where s.username = :username")
@NamedQuery(name = StaffAccount.OF_HROMADA,
        query = "select s from StaffAccount s where s.hromada.id = :hromadaId order by s.username")
@NamedQuery(name = StaffAccount.MARK_CODE_STEP, query = "update StaffAccount s set s.totpLastStep = :step "
        + "where s.id = :id and s.totpSecret is not null and (s.totpLastStep is null or s.totpLastStep < :step)")
public class StaffAccount {

    public static final String BY_USERNAME = "StaffAccount.byUsername";
    public static final String OF_HROMADA = "StaffAccount.ofHromada";
    public static final String MARK_CODE_STEP = "StaffAccount.markCodeStep";
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "hromada_id")
    private Hromada hromada;

    @Column(nullable = false, unique = true, length = Usernames.MAX_LENGTH)
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

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "session_version", nullable = false)
    private long sessionVersion;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected StaffAccount() {
    }

    /** An account of a hromada's staff, with a password they chose (or were given: see {@link #requirePasswordChange}). */
    public StaffAccount(Hromada hromada, String username, String fullName, String email, StaffRole role,
            String passwordHash, LocalDateTime createdAt) {
        String normalizedUsername = Usernames.normalized(username).orElse(null);
        String normalizedEmail = Texts.stripped(email);
        new Violations()
                .require(username != null && !username.isBlank(), "username", "validation.required")
                .require(username == null || username.isBlank() || normalizedUsername != null, "username", "validation.username")
                .requireText("fullName", fullName, 200)
                .require(normalizedEmail == null || normalizedEmail.length() <= 254 && normalizedEmail.matches(EMAIL_PATTERN),
                        "email", "validation.email")
                .require(role != null, "role", "validation.required")
                .require(role == null || (role == StaffRole.PLATFORM_OPERATOR) == (hromada == null), "role", "staff.role.invalid")
                .throwIfAny();
        this.hromada = hromada;
        this.username = normalizedUsername;
        this.fullName = fullName.strip();
        this.email = normalizedEmail;
        this.role = role;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    /** A platform operator's account: it belongs to no hromada and starts with a one-time password. */
    public static StaffAccount platformOperator(String username, String fullName, String oneTimePasswordHash,
            LocalDateTime createdAt) {
        StaffAccount account = new StaffAccount(null, username, fullName, null, StaffRole.PLATFORM_OPERATOR,
                oneTimePasswordHash, createdAt);
        account.requirePasswordChange();
        return account;
    }

    /** The password was chosen by someone else: the member chooses their own at their next sign-in. */
    public void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** The member's own new password: sessions signed in with the old one end. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
        endSessions();
    }

    /**
     * An administrator gives the member a one-time password (they lost theirs, or their authenticator): sessions end,
     * the second factor is removed, and the member chooses a password (and sets up the factor again if required).
     */
    public void resetPassword(String oneTimePasswordHash) {
        passwordHash = oneTimePasswordHash;
        mustChangePassword = true;
        totpSecret = null;
        totpLastStep = null;
        endSessions();
    }

    public void deactivate() {
        active = false;
        endSessions();
    }

    public void reactivate() {
        active = true;
    }

    public void changeRole(StaffRole newRole) {
        if (newRole == null || newRole == StaffRole.PLATFORM_OPERATOR || role == StaffRole.PLATFORM_OPERATOR) {
            throw new InvalidInputException(FieldViolation.of("role", "staff.role.invalid"));
        }
        if (newRole != role) {
            role = newRole;
            endSessions();
        }
    }

    /** The second factor is on from now, with the time step of the code that confirmed it (so that code is used up). */
    public void enableSecondFactor(String secret, long confirmedStep) {
        totpSecret = secret;
        totpLastStep = confirmedStep;
    }

    public void disableSecondFactor() {
        totpSecret = null;
        totpLastStep = null;
    }

    private void endSessions() {
        sessionVersion++;
    }

    /** What the member must do before anything else, given their hromada's rules. */
    public RequiredStep requiredStep() {
        if (mustChangePassword) {
            return RequiredStep.CHANGE_PASSWORD;
        }
        return requiresSecondFactor() && !hasSecondFactor() ? RequiredStep.SET_UP_SECOND_FACTOR : RequiredStep.NONE;
    }

    /** Platform operators always need a second factor; administrators when their hromada requires it. */
    public boolean requiresSecondFactor() {
        return role == StaffRole.PLATFORM_OPERATOR
                || role == StaffRole.ADMINISTRATOR && hromada.administratorsNeedSecondFactor();
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public boolean belongsTo(Long hromadaId) {
        return hromada != null && hromada.id().equals(hromadaId);
    }

    public Long id() {
        return id;
    }

    public Hromada hromada() {
        return hromada;
    }

    /** The hromada's id; null for a platform operator. */
    public Long hromadaId() {
        return hromada == null ? null : hromada.id();
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

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public long sessionVersion() {
        return sessionVersion;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
