package ua.uchast.identity.entity;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One person on a hromada's uploaded voter list, by resident key only. */
@Entity
@Table(name = "voter_list_entry")
@NamedQuery(name = VoterListEntry.COUNT_OF_HROMADA,
        query = "select count(e) from VoterListEntry e where e.hromadaId = :hromadaId")
@NamedQuery(name = VoterListEntry.COUNT_FOR_KEY,
        query = "select count(e) from VoterListEntry e where e.hromadaId = :hromadaId and e.residentKey = :residentKey")
@NamedQuery(name = VoterListEntry.DELETE_OF_HROMADA, query = "delete from VoterListEntry e where e.hromadaId = :hromadaId")
public class VoterListEntry {

    public static final String COUNT_OF_HROMADA = "VoterListEntry.countOfHromada";
    public static final String COUNT_FOR_KEY = "VoterListEntry.countForKey";
    public static final String DELETE_OF_HROMADA = "VoterListEntry.deleteOfHromada";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hromada_id", nullable = false)
    private Long hromadaId;

    @Column(name = "resident_key", nullable = false, length = 64)
    private String residentKey;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected VoterListEntry() {
    }

    public VoterListEntry(Long hromadaId, String residentKey, LocalDateTime uploadedAt) {
        this.hromadaId = hromadaId;
        this.residentKey = residentKey;
        this.uploadedAt = uploadedAt;
    }
}
