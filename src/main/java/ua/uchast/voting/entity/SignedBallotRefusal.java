package ua.uchast.voting.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a signed ballot was refused, and why (a reason code); nothing about who sent it. */
@Entity
@Table(name = "signed_ballot_refusal")
public class SignedBallotRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "reason_code", nullable = false, length = 60, updatable = false)
    private String reasonCode;

    @Column(name = "refused_at", nullable = false, updatable = false)
    private LocalDateTime refusedAt;

    protected SignedBallotRefusal() {
    }

    public SignedBallotRefusal(Long cycleId, String reasonCode, LocalDateTime refusedAt) {
        this.cycleId = cycleId;
        this.reasonCode = reasonCode.length() > 60 ? reasonCode.substring(0, 60) : reasonCode;
        this.refusedAt = refusedAt;
    }
}
