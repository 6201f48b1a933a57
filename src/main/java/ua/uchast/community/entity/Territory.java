package ua.uchast.community.entity;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A settlement or starosta district of a hromada: projects are placed in one, residents live in one. A settlement may
 * carry its KATOTTG code, which residency by address matches before (and instead of) its name.
 */
@Entity
@Table(name = "territory")
public class Territory {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hromada_id")
    private Hromada hromada;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TerritoryKind kind;

    @Column(length = Katottg.LENGTH)
    private String katottg;

    protected Territory() {
    }

    Territory(Hromada hromada, String name, TerritoryKind kind, Katottg katottg) {
        this.hromada = hromada;
        this.name = name;
        this.kind = kind;
        this.katottg = katottg == null ? null : katottg.code();
    }

    void recode(Katottg code) {
        this.katottg = code == null ? null : code.code();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public TerritoryKind kind() {
        return kind;
    }

    /** The KATOTTG code, if the hromada gave one. */
    public Optional<Katottg> katottg() {
        return Optional.ofNullable(katottg).map(Katottg::new);
    }
}
