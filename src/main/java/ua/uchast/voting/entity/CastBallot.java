package ua.uchast.voting.entity;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ballot in the box: a random id (so neither the id nor the order of the box tells when it was cast), the channel,
 * the choices, and the keyed hash of its receipt code. Nothing names the voter.
 */
@Entity
@Table(name = "ballot_box")
public class CastBallot {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "ballot_id", length = 32, updatable = false)
    private String ballotId;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Channel channel;

    @Column(nullable = false, length = 4000, updatable = false)
    private String choices;

    @Column(name = "receipt_hash", nullable = false, length = 64, updatable = false)
    private String receiptHash;

    protected CastBallot() {
    }

    public CastBallot(Long cycleId, Channel channel, Choices choices, String receiptHash) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        this.ballotId = HexFormat.of().formatHex(id);
        this.cycleId = cycleId;
        this.channel = channel;
        this.choices = choices.canonical();
        this.receiptHash = receiptHash;
    }

    public String ballotId() {
        return ballotId;
    }

    public Long cycleId() {
        return cycleId;
    }

    public Channel channel() {
        return channel;
    }

    public Choices choices() {
        return Choices.parse(choices);
    }
}
