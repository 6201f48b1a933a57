package ua.uchast.community.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.Violations;

/** A territorial community (територіальна громада) running its participatory budget on this deployment. */
@Entity
@Table(name = "hromada")
@NamedQuery(name = Hromada.ALL, query = "select h from Hromada h order by h.nameUk")
@NamedQuery(name = Hromada.BY_SLUG, query = "select h from Hromada h where h.slug = :slug")
public class Hromada {

    public static final String ALL = "Hromada.all";
    public static final String BY_SLUG = "Hromada.bySlug";
    public static final int MAX_NAME = 200;
    private static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(name = "name_uk", nullable = false, length = MAX_NAME)
    private String nameUk;

    @Column(name = "name_en", nullable = false, length = MAX_NAME)
    private String nameEn;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "hromada", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Territory> territories = new ArrayList<>();

    protected Hromada() {
    }

    public Hromada(String slug, String nameUk, String nameEn, LocalDateTime createdAt) {
        new Violations()
                .requireText("slug", slug, 60)
                .require(slug == null || slug.matches(SLUG_PATTERN), "slug", "validation.slug")
                .requireText("nameUk", nameUk, MAX_NAME)
                .requireText("nameEn", nameEn, MAX_NAME)
                .throwIfAny();
        this.slug = slug;
        this.nameUk = nameUk.strip();
        this.nameEn = nameEn.strip();
        this.createdAt = createdAt;
    }

    public Territory addTerritory(String name, TerritoryKind kind) {
        new Violations().requireText("name", name, Territory.MAX_NAME)
                .require(territories.stream().noneMatch(t -> t.name().equalsIgnoreCase(name == null ? "" : name.strip())),
                        "name", "validation.duplicateName")
                .require(kind != null, "kind", "validation.required")
                .throwIfAny();
        Territory territory = new Territory(this, name.strip(), kind);
        territories.add(territory);
        return territory;
    }

    /** The name of one of this hromada's territories; empty for none or another hromada's. */
    public String territoryName(Long territoryId) {
        return territories.stream().filter(territory -> territory.id().equals(territoryId)).map(Territory::name).findFirst()
                .orElse("");
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameUk;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String nameUk() {
        return nameUk;
    }

    public String nameEn() {
        return nameEn;
    }

    public List<Territory> territories() {
        return Collections.unmodifiableList(territories);
    }
}
