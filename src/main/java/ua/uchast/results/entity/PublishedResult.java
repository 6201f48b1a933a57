package ua.uchast.results.entity;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;

/**
 * One published version of a cycle's results, never changed once stored: what was counted and how, from which ballot
 * file, the voters per channel, who published it and when, the correction's reason (from version 2 on), and the
 * statistics computed at publishing. The highest number of a cycle is its current result.
 */
@Entity
@Table(name = "result_version")
@NamedQuery(name = PublishedResult.VERSIONS, query = "select r.id, r.number, r.publishedAt, r.reason from PublishedResult r "
        + "where r.cycleId = :cycleId order by r.number desc")
public class PublishedResult {

    public static final String VERSIONS = "PublishedResult.versions";
    public static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "hromada_id", nullable = false, updatable = false)
    private Long hromadaId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private LocalDateTime publishedAt;

    @Column(name = "published_by_id", updatable = false)
    private Long publishedById;

    @Column(name = "published_by_name", nullable = false, length = 200, updatable = false)
    private String publishedByName;

    @Column(length = MAX_REASON, updatable = false)
    private String reason;

    @Column(name = "counting_rule", nullable = false, length = 40, updatable = false)
    private String countingRule;

    @Column(name = "tie_break", length = 40, updatable = false)
    private String tieBreak;

    @Column(name = "lot_seed", length = 100, updatable = false)
    private String lotSeed;

    @Column(name = "min_votes_to_win", updatable = false)
    private Integer minVotesToWin;

    @Column(nullable = false, updatable = false)
    private boolean historic;

    @Column(nullable = false, length = 10, updatable = false)
    private String currency;

    @Column(name = "amount_scale", nullable = false, updatable = false)
    private int amountScale;

    @Column(name = "chain_head", length = 64, updatable = false)
    private String chainHead;

    @Column(nullable = false, updatable = false)
    private long ballots;

    @Column(nullable = false, updatable = false)
    private long voters;

    @Column(name = "provider_voters", nullable = false, updatable = false)
    private long providerVoters;

    @Column(name = "signature_voters", nullable = false, updatable = false)
    private long signatureVoters;

    @Column(name = "paper_voters", nullable = false, updatable = false)
    private long paperVoters;

    @Column(updatable = false)
    private Integer population;

    /** The version whose count of the voter register the voters' statistics show (this one, or an earlier one). */
    @Column(name = "statistics_version", nullable = false, updatable = false)
    private int statisticsVersion;

    @OneToMany(mappedBy = "result", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<CategoryResult> categories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "result_statistic", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "row_no")
    private List<StatisticRow> statistics = new ArrayList<>();

    protected PublishedResult() {
    }

    /** Who published a version and when. {@code accountId} is null for the demo data. */
    public record Publication(int number, LocalDateTime at, Long accountId, String name, String reason) {
    }

    /** How the cycle was counted: the rule's published name, the tie-break (null for an imported election) and more. */
    public record Counting(String rule, String tieBreak, String lotSeed, Integer minVotesToWin, boolean historic,
            String currency, int amountScale) {
    }

    /**
     * Who voted: ballots in the box and the file's head, voters in the register by channel (an imported election has
     * only its ballots), the hromada's population of voting age.
     */
    public record Turnout(String chainHead, long ballots, long voters, long provider, long signature, long paper,
            Integer population) {
    }

    /**
     * A version; refused when it corrects an earlier one without a reason. {@code statisticsVersion} names the version
     * whose voter counts {@code statistics} carries (its own number when they were counted now).
     */
    public PublishedResult(Long cycleId, Long hromadaId, Publication publication, Counting counting, Turnout turnout,
            List<CategoryResult> categories, List<StatisticRow> statistics, int statisticsVersion) {
        String why = publication.reason() == null ? null : publication.reason().strip();
        if (publication.number() > 1 && (why == null || why.isEmpty())) {
            throw new InvalidInputException(FieldViolation.of("reason", "results.reasonRequired"));
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new InvalidInputException(FieldViolation.of("reason", "validation.tooLong", MAX_REASON));
        }
        this.cycleId = cycleId;
        this.hromadaId = hromadaId;
        this.number = publication.number();
        this.publishedAt = publication.at();
        this.publishedById = publication.accountId();
        this.publishedByName = publication.name();
        this.reason = why == null || why.isEmpty() ? null : why;
        this.countingRule = counting.rule();
        this.tieBreak = counting.tieBreak();
        this.lotSeed = counting.lotSeed();
        this.minVotesToWin = counting.minVotesToWin();
        this.historic = counting.historic();
        this.currency = counting.currency();
        this.amountScale = counting.amountScale();
        this.chainHead = turnout.chainHead();
        this.ballots = turnout.ballots();
        this.voters = turnout.voters();
        this.providerVoters = turnout.provider();
        this.signatureVoters = turnout.signature();
        this.paperVoters = turnout.paper();
        this.population = turnout.population();
        this.statisticsVersion = statisticsVersion;
        this.categories = new ArrayList<>(categories);
        this.categories.forEach(category -> category.belongTo(this));
        this.statistics = new ArrayList<>(statistics);
    }

    /** The rows of one measure, in the order they were counted. */
    public List<StatisticRow> statistics(Measure measure) {
        return statistics.stream().filter(row -> row.measure() == measure).toList();
    }

    public List<StatisticRow> statistics() {
        return Collections.unmodifiableList(statistics);
    }

    /** Every project line of every category. */
    public List<ProjectLine> lines() {
        return categories.stream().flatMap(category -> category.lines().stream()).toList();
    }

    public Optional<ProjectLine> lineOfProject(Long projectId) {
        return lines().stream().filter(line -> projectId.equals(line.projectId())).findFirst();
    }

    /** The share of the hromada's population of voting age that voted, when the population is known. */
    public Optional<Double> turnout() {
        return population == null || population == 0 ? Optional.empty() : Optional.of((double) voters / population);
    }

    /** Voter statistics exist only for ballots cast here; an imported election has none. */
    public boolean hasVoterStatistics() {
        return !historic;
    }

    public Long id() {
        return id;
    }

    public Long cycleId() {
        return cycleId;
    }

    public Long hromadaId() {
        return hromadaId;
    }

    public int number() {
        return number;
    }

    public LocalDateTime publishedAt() {
        return publishedAt;
    }

    public Long publishedById() {
        return publishedById;
    }

    public String publishedByName() {
        return publishedByName;
    }

    public String reason() {
        return reason;
    }

    public String countingRule() {
        return countingRule;
    }

    public String tieBreak() {
        return tieBreak;
    }

    public String lotSeed() {
        return lotSeed;
    }

    public Integer minVotesToWin() {
        return minVotesToWin;
    }

    public boolean historic() {
        return historic;
    }

    public String currency() {
        return currency;
    }

    public int amountScale() {
        return amountScale;
    }

    public String chainHead() {
        return chainHead;
    }

    public long ballots() {
        return ballots;
    }

    public long voters() {
        return voters;
    }

    public long providerVoters() {
        return providerVoters;
    }

    public long signatureVoters() {
        return signatureVoters;
    }

    public long paperVoters() {
        return paperVoters;
    }

    public Integer population() {
        return population;
    }

    public int statisticsVersion() {
        return statisticsVersion;
    }

    public List<CategoryResult> categories() {
        return Collections.unmodifiableList(categories);
    }
}
