package ua.uchast.voting.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ballot document issued for signing: its exact bytes, until when it may be signed and cast, and whether it was. */
@Entity
@Table(name = "ballot_nonce")
public class BallotNonce {

    @Id
    @Column(length = 32, updatable = false)
    private String nonce;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(nullable = false, updatable = false)
    private byte[] document;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected BallotNonce() {
    }

    public BallotNonce(BallotDocument document) {
        this.nonce = document.nonce();
        this.cycleId = document.cycleId();
        this.document = document.bytes();
        this.issuedAt = document.issuedAt();
        this.expiresAt = document.expiresAt();
    }

    public String nonce() {
        return nonce;
    }

    public Long cycleId() {
        return cycleId;
    }

    public byte[] document() {
        return document.clone();
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean hasExpiredAt(LocalDateTime now) {
        return !now.isBefore(expiresAt);
    }
}
