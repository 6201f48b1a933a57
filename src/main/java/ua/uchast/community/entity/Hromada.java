package ua.uchast.community.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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

import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.platform.entity.Texts;
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
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_REGULATION = 100_000;
    public static final int MAX_POPULATION = 10_000_000;
    private static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    private static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE_PATTERN = "\\+?[0-9][0-9 ()-]{4,38}";
    private static final String WEBSITE_PATTERN = "https?://[^\\s<>\"]+";
    /** First segments of the platform's own addresses and other words a hromada's address must not be. */
    private static final Set<String> RESERVED_SLUGS = Set.of("api", "login", "logout", "staff", "admin", "administrator",
            "operator", "platform", "identity", "community", "cycle", "cycles", "proposal", "proposals", "moderation",
            "voting", "vote", "tally", "results", "implementation", "audit", "files", "health", "metrics", "openapi",
            "resources", "webjars", "jakarta-faces-resource", "javax-faces-resource", "second-factor", "index", "www",
            "static", "assets", "help", "about", "uchast", "hromada", "hromadas", "new", "edit");

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

    /** When the platform operator suspended the hromada; null while it works. */
    @Column(name = "suspended_at")
    private LocalDateTime suspendedAt;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "contact_address", length = 300)
    private String contactAddress;

    @Column(name = "contact_phone", length = 40)
    private String contactPhone;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 300)
    private String website;

    @Column(name = "voting_age_population")
    private Integer votingAgePopulation;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String regulation;

    @Column(name = "admins_need_second_factor", nullable = false)
    private boolean administratorsNeedSecondFactor;

    @OneToMany(mappedBy = "hromada", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Territory> territories = new ArrayList<>();

    protected Hromada() {
    }

    public Hromada(String slug, String nameUk, String nameEn, LocalDateTime createdAt) {
        new Violations()
                .requireText("slug", slug, 60)
                .require(slug == null || slug.matches(SLUG_PATTERN), "slug", "validation.slug")
                .require(slug == null || !RESERVED_SLUGS.contains(slug), "slug", "hromada.slugReserved")
                .requireText("nameUk", nameUk, MAX_NAME)
                .requireText("nameEn", nameEn, MAX_NAME)
                .throwIfAny();
        this.slug = slug;
        this.nameUk = nameUk.strip();
        this.nameEn = nameEn.strip();
        this.createdAt = createdAt;
    }

    public Territory addTerritory(String name, TerritoryKind kind) {
        return addTerritory(name, kind, null);
    }

    /** Adds a settlement or district; {@code katottg} (optional) is its KATOTTG code, used by no other of them. */
    public Territory addTerritory(String name, TerritoryKind kind, String katottg) {
        Optional<Katottg> code = Katottg.parse(katottg);
        new Violations().requireText("name", name, Territory.MAX_NAME)
                .require(territories.stream().noneMatch(t -> t.name().equalsIgnoreCase(name == null ? "" : name.strip())),
                        "name", "validation.duplicateName")
                .require(kind != null, "kind", "validation.required")
                .require(isBlank(katottg) || code.isPresent(), "katottg", "territory.katottg.invalid")
                .require(code.isEmpty() || codeFree(code.get(), null), "katottg", "territory.katottg.taken")
                .throwIfAny();
        Territory territory = new Territory(this, name.strip(), kind, code.orElse(null));
        territories.add(territory);
        return territory;
    }

    /** Gives one of this hromada's territories its KATOTTG code, or (blank) takes it away. */
    public Territory recodeTerritory(Long territoryId, String katottg) {
        Territory territory = territories.stream().filter(candidate -> candidate.id().equals(territoryId)).findFirst()
                .orElseThrow(NotFoundException::new);
        Optional<Katottg> code = Katottg.parse(katottg);
        new Violations().require(isBlank(katottg) || code.isPresent(), "katottg", "territory.katottg.invalid")
                .require(code.isEmpty() || codeFree(code.get(), territory), "katottg", "territory.katottg.taken")
                .throwIfAny();
        territory.recode(code.orElse(null));
        return territory;
    }

    private boolean codeFree(Katottg code, Territory except) {
        return territories.stream().filter(other -> other != except).noneMatch(other -> other.katottg().filter(code::equals).isPresent());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The name of one of this hromada's territories; empty for none or another hromada's. */
    public String territoryName(Long territoryId) {
        return territories.stream().filter(territory -> territory.id().equals(territoryId)).map(Territory::name).findFirst()
                .orElse("");
    }

    public void suspend(LocalDateTime at) {
        if (suspendedAt == null) {
            suspendedAt = at;
        }
    }

    public void resume() {
        suspendedAt = null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    public LocalDateTime suspendedAt() {
        return suspendedAt;
    }

    /** Takes a revised profile, all of it or (refused field by field) none of it. */
    public void revise(HromadaProfile profile) {
        String newDescription = Texts.stripped(profile.getDescription());
        String newAddress = Texts.stripped(profile.getContactAddress());
        String newPhone = Texts.stripped(profile.getContactPhone());
        String newEmail = Texts.stripped(profile.getContactEmail());
        String newWebsite = Texts.stripped(profile.getWebsite());
        String newRegulation = Texts.stripped(profile.getRegulation());
        Integer population = profile.getVotingAgePopulation();
        new Violations()
                .require(newDescription == null || newDescription.length() <= MAX_DESCRIPTION, "description",
                        "validation.tooLong", MAX_DESCRIPTION)
                .require(newAddress == null || newAddress.length() <= 300, "contactAddress", "validation.tooLong", 300)
                .require(newPhone == null || newPhone.matches(PHONE_PATTERN), "contactPhone", "validation.phone")
                .require(newEmail == null || newEmail.length() <= 254 && newEmail.matches(EMAIL_PATTERN), "contactEmail",
                        "validation.email")
                .require(newWebsite == null || newWebsite.length() <= 300 && newWebsite.matches(WEBSITE_PATTERN), "website",
                        "hromada.website.invalid")
                .require(population == null || population > 0 && population <= MAX_POPULATION, "votingAgePopulation",
                        "validation.range", 1, MAX_POPULATION)
                .require(newRegulation == null || newRegulation.length() <= MAX_REGULATION, "regulation",
                        "validation.tooLong", MAX_REGULATION)
                .throwIfAny();
        description = newDescription;
        contactAddress = newAddress;
        contactPhone = newPhone;
        contactEmail = newEmail;
        website = newWebsite;
        votingAgePopulation = population;
        regulation = newRegulation;
        administratorsNeedSecondFactor = profile.isAdministratorsNeedSecondFactor();
    }

    /** The profile as it is now, to edit. */
    public HromadaProfile profile() {
        HromadaProfile profile = new HromadaProfile();
        profile.setDescription(description);
        profile.setContactAddress(contactAddress);
        profile.setContactPhone(contactPhone);
        profile.setContactEmail(contactEmail);
        profile.setWebsite(website);
        profile.setVotingAgePopulation(votingAgePopulation);
        profile.setRegulation(regulation);
        profile.setAdministratorsNeedSecondFactor(administratorsNeedSecondFactor);
        return profile;
    }

    public void requireSecondFactorForAdministrators() {
        administratorsNeedSecondFactor = true;
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

    public String description() {
        return description;
    }

    public String contactAddress() {
        return contactAddress;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String website() {
        return website;
    }

    public Integer votingAgePopulation() {
        return votingAgePopulation;
    }

    public String regulation() {
        return regulation;
    }

    public boolean hasRegulation() {
        return regulation != null;
    }

    public boolean administratorsNeedSecondFactor() {
        return administratorsNeedSecondFactor;
    }
}
