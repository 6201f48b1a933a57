package ua.uchast.voting.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ua.uchast.identity.entity.Rnokpp;

/**
 * The voter register's line for one person in one cycle: that they voted, when and through which channel, and —
 * for statistics that do not drift as people age or move — their age band, gender and territory as at casting.
 * Never what they chose: that is in the ballot box, with nothing linking the two.
 */
@Entity
@Table(name = "voter_register")
public class VoterRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "person_key", nullable = false, length = 64, updatable = false)
    private String personKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Channel channel;

    @Column(name = "cast_at", nullable = false, updatable = false)
    private LocalDateTime castAt;

    @Column(name = "cast_on", nullable = false, updatable = false)
    private LocalDate castOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 16, updatable = false)
    private AgeBand ageBand;

    @Enumerated(EnumType.STRING)
    @Column(length = 6, updatable = false)
    private Rnokpp.Gender gender;

    @Column(name = "territory_id", updatable = false)
    private Long territoryId;

    @Column(name = "evidence_id", updatable = false)
    private Long evidenceId;

    @Column(name = "operator_id", updatable = false)
    private Long operatorId;

    @Column(name = "paper_received_on", updatable = false)
    private LocalDate paperReceivedOn;

    protected VoterRegistration() {
    }

    /**
     * The register's line for a ballot cast at {@code castAt} (UTC) on {@code castOn} (the day in Kyiv; for a paper
     * ballot, the day the paper was received, on which the voter's age counts).
     */
    public VoterRegistration(Caster caster, Channel channel, LocalDateTime castAt, LocalDate castOn, Long evidenceId) {
        this.cycleId = caster.cycleId();
        this.personKey = caster.personKey();
        this.channel = channel;
        this.castAt = castAt;
        this.castOn = caster.paperReceivedOn() != null ? caster.paperReceivedOn() : castOn;
        this.ageBand = AgeBand.of(caster.birthDate(), this.castOn);
        this.gender = caster.gender();
        this.territoryId = caster.territoryId();
        this.evidenceId = evidenceId;
        this.operatorId = caster.operatorId();
        this.paperReceivedOn = caster.paperReceivedOn();
    }

    public Long cycleId() {
        return cycleId;
    }

    public Channel channel() {
        return channel;
    }

    public LocalDateTime castAt() {
        return castAt;
    }

    public LocalDate castOn() {
        return castOn;
    }

    public AgeBand ageBand() {
        return ageBand;
    }

    public Rnokpp.Gender gender() {
        return gender;
    }

    public Long territoryId() {
        return territoryId;
    }

    public Long operatorId() {
        return operatorId;
    }
}
