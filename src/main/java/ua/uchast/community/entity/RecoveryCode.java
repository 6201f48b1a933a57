package ua.uchast.community.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One of a staff member's recovery codes for signing in without their authenticator: kept only as a SHA-256 hash (the
 * codes carry 80 random bits), usable once.
 */
@Entity
@Table(name = "staff_recovery_code")
@NamedQuery(name = RecoveryCode.FORGET_ALL, query = "delete from RecoveryCode c where c.accountId = :accountId")
@NamedQuery(name = RecoveryCode.USE, query = "update RecoveryCode c set c.usedAt = :now "
        + "where c.accountId = :accountId and c.codeHash = :codeHash and c.usedAt is null")
@NamedQuery(name = RecoveryCode.UNUSED, query = "select count(c) from RecoveryCode c "
        + "where c.accountId = :accountId and c.usedAt is null")
public class RecoveryCode {

    public static final String FORGET_ALL = "RecoveryCode.forgetAll";
    public static final String USE = "RecoveryCode.use";
    public static final String UNUSED = "RecoveryCode.unused";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(Long accountId, String codeHash) {
        this.accountId = accountId;
        this.codeHash = codeHash;
    }
}
