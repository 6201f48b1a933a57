package ua.uchast.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log: who did what to which subject, when, and how it looked before and after.
 * Each line is sealed into its hromada's hash chain: it carries the previous line's hash and a hash of its own content
 * with that previous hash, so a line changed, removed or inserted afterwards no longer fits the chain.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.OF_HROMADA,
        query = "select a from AuditEntry a where a.hromadaId = :hromadaId order by a.occurredAt desc, a.id desc")
@NamedQuery(name = AuditEntry.CHAIN_OF_HROMADA,
        query = "select a from AuditEntry a where a.hromadaId = :hromadaId and a.id > :afterId order by a.id")
public class AuditEntry {

    public static final String OF_HROMADA = "AuditEntry.ofHromada";
    public static final String CHAIN_OF_HROMADA = "AuditEntry.chainOfHromada";
    /** The "previous hash" of a hromada's first sealed entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hromada_id", nullable = false, updatable = false)
    private Long hromadaId;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_username", nullable = false, updatable = false, length = 60)
    private String actorUsername;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "before_state", updatable = false, columnDefinition = "TEXT")
    private String before;

    @Column(name = "after_state", updatable = false, columnDefinition = "TEXT")
    private String after;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "previous_hash", updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", updatable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    /** The time is kept to the microsecond, as the database stores it, so the hash reads back the same. */
    public AuditEntry(Long hromadaId, Long actorId, String actorUsername, String action, String subjectType, Long subjectId,
            String before, String after, LocalDateTime occurredAt) {
        this.hromadaId = hromadaId;
        this.actorId = actorId;
        this.actorUsername = actorUsername;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.before = before;
        this.after = after;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** Links this entry after the one whose hash is given ({@link #GENESIS} for a hromada's first); once only. */
    public void sealAfter(String previous) {
        if (entryHash != null) {
            throw new IllegalStateException("audit entry already sealed");
        }
        previousHash = previous;
        entryHash = contentHash(previous);
    }

    /** Whether this entry is sealed right after {@code previous} and its content is what was sealed. */
    public boolean followsIntact(String previous) {
        return isSealed() && previousHash.equals(previous) && entryHash.equals(contentHash(previous));
    }

    public boolean isSealed() {
        return entryHash != null;
    }

    private String contentHash(String previous) {
        StringBuilder content = new StringBuilder();
        for (Object field : new Object[] {previous, hromadaId, actorId, actorUsername, action, subjectType, subjectId, before,
                after, MICROSECONDS.format(occurredAt)}) {
            String text = Objects.toString(field, null);
            content.append(text == null ? "-" : text.length() + ":" + text).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long id() {
        return id;
    }

    public Long hromadaId() {
        return hromadaId;
    }

    public String actorUsername() {
        return actorUsername;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public Long subjectId() {
        return subjectId;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    public LocalDateTime occurredAt() {
        return occurredAt;
    }

    public String entryHash() {
        return entryHash;
    }
}
