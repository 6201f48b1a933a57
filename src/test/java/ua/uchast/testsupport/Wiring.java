package ua.uchast.testsupport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

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
import ua.uchast.platform.control.RateLimiter;
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
import ua.uchast.tally.boundary.Recount;
import ua.uchast.tally.boundary.TallyAdministration;
import ua.uchast.tally.control.JpaElectionStore;
import ua.uchast.tally.control.JpaExclusiveGroupRepository;
import ua.uchast.tally.control.PlatformBallots;
import ua.uchast.voting.boundary.CastBallots;
import ua.uchast.voting.control.BallotForms;
import ua.uchast.voting.control.JpaVotingRecords;

/**
 * The boundaries wired by hand around one entity manager, the way CDI wires them in the container; or any bean wired
 * by reflection ({@link #automatic}) for tests that must reach every boundary.
 */
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
        Recount recount = new Recount(cycleCatalog(), new JpaElectionStore(entityManager), new JpaExclusiveGroupRepository(entityManager),
                ballots);
        return new TallyAdministration(guard(), cycleAdministration(), cycleCatalog(), new JpaElectionStore(entityManager), recount,
                staffActions(), clock);
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
                new UploadInspector(), new RateLimiter(entityManager, clock), ProjectSubmission.UPLOADS_PER_HOUR, decisions, clock);
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

    /**
     * Any of the application's beans, built outside the container the way CDI would: through its {@code @Inject}
     * constructor, an interface by its one implementation in the application, configuration by its default, this
     * wiring's entity manager, staff member and clock, the given resident, staff actions delivered to the audit log.
     * For tests that must reach every boundary (the access matrix) without wiring each by hand; {@code overrides}
     * replace what a test must control.
     */
    public Automatic automatic(CurrentResident resident, Map<Class<?>, Object> overrides) {
        return new Automatic(entityManager, staff, resident, clock, overrides);
    }

    /** See {@link #automatic}. */
    public static final class Automatic {

        private static final JavaClasses APPLICATION = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ua.uchast");

        private final Map<Class<?>, Object> made = new HashMap<>();

        Automatic(EntityManager entityManager, CurrentStaff staff, CurrentResident resident, Clock clock,
                Map<Class<?>, Object> overrides) {
            made.put(EntityManager.class, entityManager);
            made.put(CurrentStaff.class, staff);
            made.put(CurrentResident.class, resident);
            made.put(Clock.class, clock);
            made.putAll(overrides);
        }

        public <T> T make(Class<T> type) {
            Object existing = made.get(type);
            if (existing != null) {
                return type.cast(existing);
            }
            Class<?> concrete = type.isInterface() ? implementationOf(type) : type;
            Constructor<?> constructor = constructorOf(concrete);
            Object[] arguments = Arrays.stream(constructor.getParameters()).map(this::argumentFor).toArray();
            try {
                constructor.setAccessible(true);
                T instance = type.cast(constructor.newInstance(arguments));
                made.put(type, instance);
                return instance;
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot make " + concrete.getName(), e);
            }
        }

        private Object argumentFor(Parameter parameter) {
            ConfigProperty config = parameter.getAnnotation(ConfigProperty.class);
            if (config != null) {
                return configured(parameter.getType(), config);
            }
            if (parameter.getType() == Event.class) {
                return eventFor(parameter.getParameterizedType());
            }
            return make(parameter.getType());
        }

        private Object eventFor(Type eventType) {
            Type fired = eventType instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : Object.class;
            if (fired == StaffActionPerformed.class) {
                AuditTrail trail = make(AuditTrail.class);
                return new DeliveringEvent<StaffActionPerformed>(trail::record);
            }
            return new DeliveringEvent<>(ignored -> { });
        }

        /** A configuration value as a deployment without that variable would have it; an empty text is the test secret. */
        private static Object configured(Class<?> type, ConfigProperty config) {
            String value = ConfigProperty.UNCONFIGURED_VALUE.equals(config.defaultValue()) ? null : config.defaultValue();
            if (type == Optional.class) {
                return Optional.ofNullable(value);
            }
            if (type == int.class || type == Integer.class) {
                return value == null ? 0 : Integer.parseInt(value);
            }
            if (type == long.class || type == Long.class) {
                return value == null ? 0L : Long.parseLong(value);
            }
            if (type == boolean.class || type == Boolean.class) {
                return Boolean.parseBoolean(value);
            }
            return value != null && !value.isEmpty() ? value : TestServices.RESIDENT_KEY_SECRET;
        }

        private static Class<?> implementationOf(Class<?> type) {
            List<Class<?>> implementations = APPLICATION.get(type).getAllSubclasses().stream()
                    .filter(candidate -> !candidate.isInterface() && !candidate.getModifiers().contains(JavaModifier.ABSTRACT))
                    .map(JavaClass::reflect).filter(candidate -> !candidate.isAnonymousClass()).<Class<?>>map(candidate -> candidate)
                    .toList();
            if (implementations.size() != 1) {
                throw new IllegalStateException(type.getName() + " has " + implementations.size() + " implementations; override it");
            }
            return implementations.get(0);
        }

        private static Constructor<?> constructorOf(Class<?> type) {
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            return Arrays.stream(constructors).filter(constructor -> constructor.isAnnotationPresent(Inject.class)).findFirst()
                    .or(() -> Arrays.stream(constructors).filter(constructor -> Modifier.isPublic(constructor.getModifiers()))
                            .filter(constructor -> constructor.getParameterCount() == 0).findFirst())
                    .orElseThrow(() -> new IllegalStateException(type.getName() + " has no @Inject or public no-argument constructor"));
        }
    }
}
