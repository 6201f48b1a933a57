package ua.uchast.voting.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signed ballot as received, kept as evidence for a dispute; it names the signer and the choice. */
@Entity
@Table(name = "signature_evidence")
public class SignatureEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(nullable = false, updatable = false)
    private byte[] signature;

    @Column(nullable = false, updatable = false)
    private byte[] document;

    @Column(name = "received_at", nullable = false, updatable = false)
    private LocalDateTime receivedAt;

    protected SignatureEvidence() {
    }

    public SignatureEvidence(Long cycleId, byte[] signature, byte[] document, LocalDateTime receivedAt) {
        this.cycleId = cycleId;
        this.signature = signature.clone();
        this.document = document.clone();
        this.receivedAt = receivedAt;
    }

    public Long id() {
        return id;
    }

    public byte[] signature() {
        return signature.clone();
    }

    public byte[] document() {
        return document.clone();
    }

    public LocalDateTime receivedAt() {
        return receivedAt;
    }
}
