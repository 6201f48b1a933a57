package ua.uchast.identity.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A service-centre operator saw a person's documents and confirmed they live in the hromada. */
@Entity
@Table(name = "residency_confirmation")
@NamedQuery(name = ResidencyConfirmation.COUNT_FOR_KEY,
        query = "select count(c) from ResidencyConfirmation c where c.hromadaId = :hromadaId and c.residentKey = :residentKey")
public class ResidencyConfirmation {

    public static final String COUNT_FOR_KEY = "ResidencyConfirmation.countForKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hromada_id", nullable = false)
    private Long hromadaId;

    @Column(name = "resident_key", nullable = false, length = 64)
    private String residentKey;

    @Column(name = "confirmed_by", nullable = false)
    private Long confirmedBy;

    @Column(name = "confirmed_at", nullable = false)
    private LocalDateTime confirmedAt;

    protected ResidencyConfirmation() {
    }

    public ResidencyConfirmation(Long hromadaId, String residentKey, Long confirmedBy, LocalDateTime confirmedAt) {
        this.hromadaId = hromadaId;
        this.residentKey = residentKey;
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
    }

    public Long id() {
        return id;
    }
}
