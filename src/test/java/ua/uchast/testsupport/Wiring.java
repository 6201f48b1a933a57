package ua.uchast.testsupport;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.HromadaOnboarding;
import ua.uchast.community.boundary.HromadaProfileAdministration;
import ua.uchast.community.boundary.StaffDirectory;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffSelfService;
import ua.uchast.community.boundary.StaffSignIn;
import ua.uchast.community.boundary.TerritoryAdministration;
import ua.uchast.community.control.JpaHromadaRepository;
import ua.uchast.community.control.JpaStaffRepository;
import ua.uchast.community.control.JpaThrottleCounters;
import ua.uchast.community.control.LoginThrottle;
import ua.uchast.community.control.PasswordHasher;
import ua.uchast.community.control.SignInRecords;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.control.JpaCycleRepository;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.ResidentEligibility;
import ua.uchast.implementation.boundary.Following;
import ua.uchast.implementation.boundary.ImplementationDesk;
import ua.uchast.implementation.boundary.ImplementationRefused;
import ua.uchast.implementation.boundary.ProgressCatalogue;
import ua.uchast.implementation.boundary.ProgressNoticed;
import ua.uchast.implementation.control.FollowerMailer;
import ua.uchast.implementation.control.JpaFollowerRepository;
import ua.uchast.implementation.control.JpaImplementationRepository;
import ua.uchast.implementation.control.UnsubscribeTokens;
import ua.uchast.moderation.boundary.ModerationDesk;
import ua.uchast.moderation.control.JpaModerationRecords;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.control.MailOutbox;
import ua.uchast.platform.control.MailSettings;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectDecided;
import ua.uchast.proposal.boundary.ProjectReviewing;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.control.CycleTermsSource;
import ua.uchast.proposal.control.JpaProjectRepository;
import ua.uchast.proposal.control.UploadInspector;
import ua.uchast.tally.boundary.ExclusiveGroups;
import ua.uchast.tally.boundary.TallyAdministration;
import ua.uchast.tally.control.PlatformBallots;
import ua.uchast.tally.control.JpaElectionStore;
import ua.uchast.tally.control.JpaExclusiveGroupRepository;
import ua.uchast.voting.boundary.CastBallots;
import ua.uchast.voting.control.BallotForms;
import ua.uchast.voting.control.JpaVotingRecords;

/** The boundaries wired by hand around one entity manager, the way CDI wires them in the container. */
public final class Wiring {

    private static final PasswordHasher PASSWORD_HASHER = new PasswordHasher();

    private final EntityManager entityManager;
    private final CurrentStaff staff;
    private final Clock clock;

    public Wiring(EntityManager entityManager, CurrentStaff staff, Clock clock) {
        this.entityManager = entityManager;
        this.staff = staff;
        this.clock = clock;
    }

    public StaffGuard guard() {
        return new StaffGuard(staff);
    }

    public AuditTrail auditTrail() {
        return new AuditTrail(entityManager, guard());
    }

    public CycleAdministration cycleAdministration() {
        return new CycleAdministration(guard(), new JpaCycleRepository(entityManager), staffActions(), clock);
    }

    public TallyAdministration tallyAdministration() {
        ProjectCatalogue projects = projectCatalogue(Optional::empty);
        JpaVotingRecords records = new JpaVotingRecords(entityManager);
        PlatformBallots ballots = new PlatformBallots(new CastBallots(cycleCatalog(),
                new BallotForms(cycleCatalog(), projects, records), records));
        return new TallyAdministration(guard(), cycleAdministration(), cycleCatalog(), new JpaElectionStore(entityManager),
                new JpaExclusiveGroupRepository(entityManager), ballots, staffActions(), clock);
    }

    /** Groups of mutually exclusive projects; accepted projects are read through the proposal catalogue as staff. */
    public ExclusiveGroups exclusiveGroups() {
        ProjectCatalogue projects = projectCatalogue(Optional::empty);
        return new ExclusiveGroups(guard(), cycleAdministration(), cycleCatalog(), projects,
                new JpaExclusiveGroupRepository(entityManager), staffActions(), clock);
    }

    public ProjectCatalogue projectCatalogue(CurrentResident resident) {
        return new ProjectCatalogue(new JpaProjectRepository(entityManager), resident, staff);
    }

    /** The resident's side of projects; {@code decisions} receives what the author would be told. */
    public ProjectSubmission projectSubmission(CurrentResident resident, ResidentEligibility eligibility,
            Event<ProjectDecided> decisions) {
        return new ProjectSubmission(resident, eligibility, cycleTerms(), new JpaProjectRepository(entityManager),
                new UploadInspector(), decisions, clock);
    }

    public ProjectReviewing projectReviewing(Event<ProjectDecided> decisions) {
        return new ProjectReviewing(guard(), new JpaProjectRepository(entityManager), cycleTerms(), staffActions(), decisions,
                clock);
    }

    public ModerationDesk moderationDesk(Event<ProjectDecided> decisions) {
        return new ModerationDesk(guard(), projectReviewing(decisions), new JpaModerationRecords(entityManager), clock);
    }

    private CycleTermsSource cycleTerms() {
        return new CycleTermsSource(cycleCatalog(), hromadaCatalog());
    }

    private CycleCatalog cycleCatalog() {
        return new CycleCatalog(new JpaCycleRepository(entityManager), clock);
    }

    public StaffDirectory staffDirectory() {
        return new StaffDirectory(guard(), new JpaStaffRepository(entityManager), new JpaHromadaRepository(entityManager),
                PASSWORD_HASHER, loginThrottle(), staffActions(), clock);
    }

    public StaffSelfService staffSelfService() {
        return new StaffSelfService(staff, new JpaStaffRepository(entityManager), PASSWORD_HASHER, loginThrottle(),
                signInRecords(), clock);
    }

    public StaffSignIn staffSignIn() {
        return new StaffSignIn(new JpaStaffRepository(entityManager), PASSWORD_HASHER, loginThrottle(), signInRecords(), clock);
    }

    public HromadaOnboarding hromadaOnboarding() {
        return new HromadaOnboarding(guard(), new JpaHromadaRepository(entityManager), new JpaStaffRepository(entityManager),
                PASSWORD_HASHER, staffActions(), clock);
    }

    public HromadaProfileAdministration hromadaProfile() {
        return new HromadaProfileAdministration(guard(), new JpaHromadaRepository(entityManager), new UploadInspector(),
                staffActions(), clock);
    }

    public HromadaCatalog hromadaCatalog() {
        return new HromadaCatalog(new JpaHromadaRepository(entityManager));
    }

    public LoginThrottle loginThrottle() {
        return new LoginThrottle(new JpaThrottleCounters(entityManager), clock);
    }

    private SignInRecords signInRecords() {
        return new SignInRecords(new JpaStaffRepository(entityManager), staffActions());
    }

    public TerritoryAdministration territoryAdministration() {
        return new TerritoryAdministration(guard(), new JpaHromadaRepository(entityManager), staffActions(), clock);
    }

    public static PasswordHasher passwordHasher() {
        return PASSWORD_HASHER;
    }

    /** Staff keep winners' implementation up to date; news goes to {@code news}, refused actions to {@code refusals}. */
    public ImplementationDesk implementationDesk(Event<ProgressNoticed> news, Event<ImplementationRefused> refusals) {
        return new ImplementationDesk(guard(), staffDirectory(), hromadaCatalog(), cycleCatalog(), projectCatalogue(Optional::empty),
                progressCatalogue(), new JpaImplementationRepository(entityManager), new UploadInspector(), staffActions(), news,
                refusals, clock);
    }

    public ProgressCatalogue progressCatalogue() {
        return new ProgressCatalogue(projectCatalogue(Optional::empty), cycleCatalog(), hromadaCatalog(),
                new JpaImplementationRepository(entityManager), clock);
    }

    public Following following(CurrentResident resident, UnsubscribeTokens tokens) {
        return new Following(resident, projectCatalogue(resident), hromadaCatalog(), new JpaFollowerRepository(entityManager), tokens,
                clock);
    }

    /** Writes followers' letters into the outbox, as the container's observer does in the change's transaction. */
    public FollowerMailer followerMailer(MailSettings settings, UnsubscribeTokens tokens) {
        return new FollowerMailer(settings, new MailOutbox(entityManager, new DeliveringEvent<>(queued -> { }), clock),
                new JpaFollowerRepository(entityManager), tokens, clock);
    }

    private DeliveringEvent<StaffActionPerformed> staffActions() {
        AuditTrail trail = auditTrail();
        return new DeliveringEvent<>(trail::record);
    }
}
