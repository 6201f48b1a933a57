package ua.uchast.proposal.entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ua.uchast.platform.entity.Texts;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.platform.entity.Money;
import ua.uchast.platform.entity.Violations;

/**
 * A project a resident proposes in a budget cycle. It checks its own card (required fields on submission, lengths,
 * the estimate and its total against the category's range), owns its status machine (DESIGN §3) and records every
 * transition in its history. Nothing about a project changes except through these methods.
 */
@Entity
@Table(name = "project")
public class Project {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_LONG_TEXT = 4000;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_PHONE = 30;
    public static final int MAX_CO_AUTHORS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, updatable = false)
    private Long cycleId;

    @Column(name = "hromada_id", nullable = false, updatable = false)
    private Long hromadaId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStatus status;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "territory_id")
    private Long territoryId;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Column(columnDefinition = "TEXT")
    private String problem;

    @Column(columnDefinition = "TEXT")
    private String solution;

    @Column(columnDefinition = "TEXT")
    private String beneficiaries;

    @Column(length = MAX_ADDRESS)
    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @ElementCollection
    @CollectionTable(name = "project_estimate_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<EstimateLine> estimate = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "project_expert_estimate_line", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<EstimateLine> expertEstimate = new ArrayList<>();

    @Column(name = "total_cost", nullable = false)
    private long totalCost;

    @ElementCollection
    @CollectionTable(name = "project_coauthor", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<CoAuthor> coAuthors = new ArrayList<>();

    @Column(name = "contact_email", length = MAX_EMAIL)
    private String contactEmail;

    @Column(name = "contact_phone", length = MAX_PHONE)
    private String contactPhone;

    @Column(name = "status_reason", length = ProjectTransition.MAX_TEXT)
    private String statusReason;

    @Column(name = "expert_conclusion", length = ProjectTransition.MAX_TEXT)
    private String expertConclusion;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @OneToMany(mappedBy = "project", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<ProjectTransition> history = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "status_changed_at", nullable = false)
    private LocalDateTime statusChangedAt;

    @Version
    private long version;

    protected Project() {
    }

    private Project(Long cycleId, Long hromadaId, Actor author, LocalDateTime now) {
        this.cycleId = cycleId;
        this.hromadaId = hromadaId;
        this.authorId = author.id();
        this.authorName = author.name();
        this.status = ProjectStatus.DRAFT;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** A new draft; refused outside the submission phase or when what is typed so far is already wrong. */
    public static Project draft(Long cycleId, Long hromadaId, Actor author, ProjectForm form, CycleTerms terms, LocalDateTime now) {
        terms.newDraftObstacle().ifPresent(obstacle -> {
            throw refusal(obstacle);
        });
        ProjectCard.check(form, terms, false);
        Project project = new Project(cycleId, hromadaId, author, now);
        project.apply(form, now);
        project.record(ProjectEvent.CREATED, null, author, null, null, now);
        return project;
    }

    /** Saves what the author typed; only the author, only a draft (in the submission phase) or a project sent back for revision. */
    public void saveDraft(Actor author, ProjectForm form, CycleTerms terms, LocalDateTime now) {
        requireEditableBy(author, terms);
        ProjectCard.check(form, terms, false);
        apply(form, now);
    }

    public void submit(Actor author, ProjectForm form, CycleTerms terms, LocalDateTime now) {
        requireAuthor(author);
        requireStatus(ProjectStatus.DRAFT);
        requireOpen(terms.acceptsNewDrafts(), "proposal.submissionClosed");
        ProjectCard.check(form, terms, true);
        apply(form, now);
        submittedAt = now;
        moveTo(ProjectStatus.SUBMITTED, ProjectEvent.SUBMITTED, author, null, null, now);
    }

    public void resubmit(Actor author, ProjectForm form, CycleTerms terms, LocalDateTime now) {
        requireAuthor(author);
        requireStatus(ProjectStatus.NEEDS_REVISION);
        requireOpen(terms.acceptsRevisions(), "proposal.revisionClosed");
        ProjectCard.check(form, terms, true);
        apply(form, now);
        moveTo(ProjectStatus.RESUBMITTED, ProjectEvent.RESUBMITTED, author, null, null, now);
    }

    /** The author takes the project back, with a reason for the public, any time before voting. */
    public void withdraw(Actor author, String reason, CycleTerms terms, LocalDateTime now) {
        requireAuthor(author);
        requireOpen(terms.beforeVoting(), "proposal.votingStarted");
        if (!isWithdrawable(terms)) {
            throw refusal("proposal.wrongStatus");
        }
        requireReason(reason, "reason");
        moveTo(ProjectStatus.WITHDRAWN, ProjectEvent.WITHDRAWN, author, reason, null, now);
    }

    /** The commission takes the project into review, once it has as many supporters as the cycle asks for. */
    public void startReview(Actor reviewer, long supporters, CycleTerms terms, LocalDateTime now) {
        if (!awaitsReview()) {
            throw refusal("proposal.wrongStatus");
        }
        Integer threshold = terms.supportersThreshold();
        if (threshold != null && supporters < threshold) {
            throw refusal("moderation.notEnoughSupporters", supporters, threshold);
        }
        moveTo(ProjectStatus.UNDER_REVIEW, ProjectEvent.REVIEW_STARTED, reviewer, null, null, now);
    }

    public void requestRevision(Actor reviewer, String whatToChange, String internalNote, LocalDateTime now) {
        requireStatus(ProjectStatus.UNDER_REVIEW);
        requireReason(whatToChange, "commentToAuthor");
        moveTo(ProjectStatus.NEEDS_REVISION, ProjectEvent.REVISION_REQUESTED, reviewer, whatToChange, internalNote, now);
    }

    public void accept(Actor reviewer, String commentToAuthor, String internalNote, LocalDateTime now) {
        requireStatus(ProjectStatus.UNDER_REVIEW);
        if (hasPendingExpertEstimate()) {
            throw refusal("moderation.expertEstimatePending");
        }
        moveTo(ProjectStatus.ACCEPTED, ProjectEvent.ACCEPTED, reviewer, commentToAuthor, internalNote, now);
    }

    public void reject(Actor reviewer, String reason, String internalNote, LocalDateTime now) {
        requireStatus(ProjectStatus.UNDER_REVIEW);
        requireReason(reason, "commentToAuthor");
        moveTo(ProjectStatus.REJECTED, ProjectEvent.REJECTED, reviewer, reason, internalNote, now);
    }

    /**
     * An expert conclusion changes the estimate; it waits for the author, who accepts it or declines it (and the
     * project is then rejected). The changed estimate must itself be complete and within the category's range.
     */
    public void proposeExpertEstimate(Actor reviewer, String conclusion, List<EstimateLineForm> lines, CycleTerms terms,
            LocalDateTime now) {
        requireStatus(ProjectStatus.UNDER_REVIEW);
        Violations violations = new Violations().requireText("conclusion", conclusion, ProjectTransition.MAX_TEXT);
        Estimate.check(lines, terms.costRanges().get(categoryId), true, violations);
        violations.throwIfAny();
        expertConclusion = conclusion.strip();
        expertEstimate = new ArrayList<>(Estimate.typed(lines).lines());
        record(ProjectEvent.EXPERT_ESTIMATE_PROPOSED, status, reviewer, expertConclusion, null, now);
    }

    public void acceptExpertEstimate(Actor author, LocalDateTime now) {
        requireAuthor(author);
        requirePendingExpertEstimate();
        estimate = new ArrayList<>(expertEstimate);
        expertEstimate = new ArrayList<>();
        totalCost = new Estimate(estimate).total().hryvnias();
        updatedAt = now;
        record(ProjectEvent.EXPERT_ESTIMATE_ACCEPTED, status, author, expertConclusion, null, now);
        expertConclusion = null;
    }

    public void declineExpertEstimate(Actor author, LocalDateTime now) {
        requireAuthor(author);
        requirePendingExpertEstimate();
        expertEstimate = new ArrayList<>();
        moveTo(ProjectStatus.REJECTED, ProjectEvent.EXPERT_ESTIMATE_DECLINED, author, expertConclusion, null, now);
        expertConclusion = null;
    }

    /** Both authors consented: this project ends as merged into {@code kept}, whose author list gains this author. */
    public void mergeInto(Project kept, Actor by, LocalDateTime now) {
        if (!kept.mayMergeWith(this)) {
            throw refusal("moderation.cannotMerge");
        }
        if (kept.coAuthors.size() >= MAX_CO_AUTHORS) {
            throw refusal("moderation.tooManyCoAuthors", MAX_CO_AUTHORS);
        }
        kept.coAuthors.add(new CoAuthor(authorName, contactEmail));
        kept.record(ProjectEvent.ABSORBED, kept.status, by, "#" + id + " " + title, null, now);
        mergedIntoId = kept.id;
        moveTo(ProjectStatus.MERGED, ProjectEvent.MERGED_INTO, by, "#" + kept.id + " " + kept.title, null, now);
    }

    /**
     * The published tally decided about the project: a winner, or not selected. A correction of the results may turn one
     * into the other (with its reason); the same outcome again changes nothing. True when the status changed.
     */
    public boolean recordOutcome(boolean won, Actor publisher, String reason, LocalDateTime now) {
        if (!ProjectStatus.ON_BALLOT.contains(status)) {
            throw refusal("proposal.wrongStatus");
        }
        ProjectStatus outcome = won ? ProjectStatus.WINNER : ProjectStatus.NOT_SELECTED;
        if (status == outcome) {
            return false;
        }
        moveTo(outcome, won ? ProjectEvent.WON : ProjectEvent.NOT_SELECTED, publisher, reason, null, now);
        return true;
    }

    /** Two different projects of one cycle, both still in moderation, may become one. */
    public boolean mayMergeWith(Project other) {
        return other != this && other.cycleId.equals(cycleId) && inModeration() && other.inModeration();
    }

    /** Submitted (or resubmitted) and waiting for the commission to take it into review. */
    public boolean awaitsReview() {
        return ProjectStatus.AWAITING_REVIEW.contains(status);
    }

    /** The commission may decide about it now. */
    public boolean underReview() {
        return status == ProjectStatus.UNDER_REVIEW;
    }

    /** Under review, and no expert estimate is already waiting for the author. */
    public boolean awaitsExpertEstimate() {
        return underReview() && !hasPendingExpertEstimate();
    }

    /** In the commission's hands: waiting, in review, or back with the author for revision. */
    public boolean inModeration() {
        return ProjectStatus.IN_MODERATION.contains(status);
    }

    /** Whether the author may still take the project back: it has left their desk, is not final, and voting has not begun. */
    public boolean isWithdrawable(CycleTerms terms) {
        return status != ProjectStatus.DRAFT && !status.isFinal() && terms.beforeVoting();
    }

    public boolean isAuthor(Long residentId) {
        return authorId.equals(residentId);
    }

    /** Whether the author may change the card now (a draft in the submission phase or a project sent back for revision). */
    public boolean isEditable(CycleTerms terms) {
        return editObstacle(terms).isEmpty();
    }

    /** Why the author may not change the card now (a bundle key), or empty when they may. */
    public Optional<String> editObstacle(CycleTerms terms) {
        return switch (status) {
            case DRAFT -> terms.newDraftObstacle();
            case NEEDS_REVISION -> terms.acceptsRevisions() ? Optional.empty() : Optional.of("proposal.revisionClosed");
            default -> Optional.of("proposal.notEditable");
        };
    }

    public boolean hasPendingExpertEstimate() {
        return !expertEstimate.isEmpty();
    }

    /** The card as a form, to edit it. */
    public ProjectForm toForm() {
        ProjectForm form = new ProjectForm();
        form.setTitle(title);
        form.setCategoryId(categoryId);
        form.setTerritoryId(territoryId);
        form.setSummary(summary);
        form.setProblem(problem);
        form.setSolution(solution);
        form.setBeneficiaries(beneficiaries);
        form.setAddress(address);
        form.setLatitude(latitude);
        form.setLongitude(longitude);
        estimate.forEach(line -> form.getEstimate().add(line.toForm()));
        coAuthors.forEach(coAuthor -> form.getCoAuthors().add(new CoAuthorForm(coAuthor.name(), coAuthor.contact())));
        form.setContactEmail(contactEmail);
        form.setContactPhone(contactPhone);
        return form;
    }

    /** A flat description for the audit log: what changed hands, never private contacts. */
    public Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("title", title);
        snapshot.put("status", status.name());
        snapshot.put("totalCost", totalCost);
        snapshot.put("statusReason", statusReason);
        return snapshot;
    }

    private void apply(ProjectForm form, LocalDateTime now) {
        title = form.getTitle().strip();
        categoryId = form.getCategoryId();
        territoryId = form.getTerritoryId();
        summary = Texts.stripped(form.getSummary());
        problem = Texts.stripped(form.getProblem());
        solution = Texts.stripped(form.getSolution());
        beneficiaries = Texts.stripped(form.getBeneficiaries());
        address = Texts.stripped(form.getAddress());
        latitude = form.getLatitude();
        longitude = form.getLongitude();
        Estimate typed = Estimate.typed(form.getEstimate());
        estimate = new ArrayList<>(typed.lines());
        totalCost = typed.total().hryvnias();
        coAuthors = form.getCoAuthors().stream().filter(coAuthor -> !coAuthor.isBlank())
                .map(coAuthor -> new CoAuthor(coAuthor.getName().strip(), Texts.stripped(coAuthor.getContact())))
                .collect(Collectors.toCollection(ArrayList::new));
        contactEmail = Texts.stripped(form.getContactEmail());
        contactPhone = Texts.stripped(form.getContactPhone());
        updatedAt = now;
    }

    private void moveTo(ProjectStatus to, ProjectEvent event, Actor actor, String publicReason, String internalNote,
            LocalDateTime now) {
        ProjectStatus from = status;
        status = to;
        statusReason = Texts.stripped(publicReason);
        statusChangedAt = now;
        updatedAt = now;
        record(event, from, actor, publicReason, internalNote, now);
    }

    private void record(ProjectEvent event, ProjectStatus from, Actor actor, String publicReason, String internalNote,
            LocalDateTime now) {
        history.add(new ProjectTransition(this, event, from, status, actor, publicReason, internalNote, now));
    }

    private void requireEditableBy(Actor author, CycleTerms terms) {
        requireAuthor(author);
        editObstacle(terms).ifPresent(obstacle -> {
            throw refusal(obstacle);
        });
    }

    private void requireAuthor(Actor actor) {
        if (!actor.isResident(authorId)) {
            throw new AccessDeniedException();
        }
    }

    private void requireStatus(ProjectStatus expected) {
        if (status != expected) {
            throw refusal("proposal.wrongStatus");
        }
    }

    private void requirePendingExpertEstimate() {
        if (!hasPendingExpertEstimate()) {
            throw refusal("proposal.noExpertEstimate");
        }
    }

    private static void requireOpen(boolean open, String messageKey) {
        if (!open) {
            throw refusal(messageKey);
        }
    }

    /** A refusal that is about the project as a whole, not one field: shown at the top of the page. */
    private static InvalidInputException refusal(String messageKey, Object... arguments) {
        return new InvalidInputException(FieldViolation.general(messageKey, arguments));
    }

    private static void requireReason(String reason, String field) {
        new Violations().requireText(field, reason, ProjectTransition.MAX_TEXT).throwIfAny();
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

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public ProjectStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Long categoryId() {
        return categoryId;
    }

    public Long territoryId() {
        return territoryId;
    }

    public String summary() {
        return summary;
    }

    public String problem() {
        return problem;
    }

    public String solution() {
        return solution;
    }

    public String beneficiaries() {
        return beneficiaries;
    }

    public String address() {
        return address;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public List<EstimateLine> estimate() {
        return Collections.unmodifiableList(estimate);
    }

    public List<EstimateLine> expertEstimate() {
        return Collections.unmodifiableList(expertEstimate);
    }

    public Money totalCost() {
        return Money.ofHryvnias(totalCost);
    }

    public Money expertTotal() {
        return new Estimate(expertEstimate).total();
    }

    public List<CoAuthor> coAuthors() {
        return Collections.unmodifiableList(coAuthors);
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String statusReason() {
        return statusReason;
    }

    public String expertConclusion() {
        return expertConclusion;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public List<ProjectTransition> history() {
        return Collections.unmodifiableList(history);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public LocalDateTime statusChangedAt() {
        return statusChangedAt;
    }
}
