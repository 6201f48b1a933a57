package ua.uchast.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffAccount;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.community.entity.TerritoryKind;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.identity.boundary.Activity;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.EligibilityVerdict;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.ResidentEligibility;
import ua.uchast.identity.boundary.Voter;
import ua.uchast.identity.boundary.VoterVerdict;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.boundary.ProjectSubmission;
import ua.uchast.proposal.entity.ProjectForm;
import ua.uchast.proposal.entity.ProjectForms;
import ua.uchast.testsupport.HostileRecord;
import ua.uchast.testsupport.TestPersistence;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/**
 * Every staff action × every role × own and another hromada, against MariaDB. The actions are found, not listed:
 * every public method of every boundary class that guards with {@link StaffGuard} or acts on the signed-in staff member
 * ({@link CurrentStaff}), so a new one cannot be forgotten — it fails here until {@link #ALLOWED} says who may call it.
 * Each call runs in a transaction that is rolled back, with real objects of hromada A (own) or B (another) wherever a
 * parameter names one. A role not allowed, nobody, and a resident must be refused (403, or 404 for what they may not
 * know of, or an empty answer); an allowed role must get past the guard with its own hromada's objects and be refused
 * with another's.
 */
class StaffActionsAccessMatrixIT {

    private static final Set<StaffRole> STAFF = EnumSet.of(StaffRole.ADMINISTRATOR, StaffRole.COMMISSION, StaffRole.OPERATOR,
            StaffRole.PLATFORM_OPERATOR);
    /** Who may call each action: "Class.method", or "Class" for all its methods. The application's access policy. */
    private static final Map<String, Set<StaffRole>> ALLOWED = Map.ofEntries(
            Map.entry("AuditTrail", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("HromadaOnboarding", EnumSet.of(StaffRole.PLATFORM_OPERATOR)),
            Map.entry("HromadaProfileAdministration", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("StaffDirectory", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("TerritoryAdministration", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("CycleAdministration", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("ResidencyAdministration", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("ResidencyAdministration.confirmResidence", EnumSet.of(StaffRole.OPERATOR)),
            Map.entry("ModerationDesk", EnumSet.of(StaffRole.COMMISSION)),
            Map.entry("ProjectReviewing", EnumSet.of(StaffRole.COMMISSION)),
            Map.entry("ExclusiveGroups", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("TallyAdministration", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("PaperBallots", EnumSet.of(StaffRole.OPERATOR)),
            Map.entry("SignedBallotRecords", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("PaperBallots.printable", EnumSet.of(StaffRole.ADMINISTRATOR, StaffRole.OPERATOR)),
            Map.entry("StaffSelfService", STAFF),
            Map.entry("StaffNames", STAFF),
            Map.entry("ImplementationDesk", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("ProjectOutcomes", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("ResultsPublishing", EnumSet.of(StaffRole.ADMINISTRATOR)),
            Map.entry("ResultsPublishing.isPublished", Set.of()),
            Map.entry("ResultsPublishing.ballotFileHead", Set.of()),
            Map.entry("ProjectCatalogue", Set.of()));
    /**
     * Methods that are not actions anyone calls: the audit log's observer of staff actions; the demo loader's record of
     * outcomes (before anyone signs in).
     */
    private static final Set<String> NOT_ACTIONS = Set.of("AuditTrail.record", "ProjectOutcomes.recordInDemo");
    /**
     * Boundaries whose every method is public to all (staff only see more), and single public reads (published results
     * and the public ballot file's head): checked not to refuse anyone.
     */
    private static final Set<String> OPEN_TO_ALL = Set.of("ProjectCatalogue", "ResultsPublishing.isPublished",
            "ResultsPublishing.ballotFileHead");

    private static final LocalDate SUBMISSION_START = LocalDate.of(2027, 3, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.from(SUBMISSION_START.plusDays(5).atTime(12, 0)
            .atOffset(ZoneOffset.UTC)), ZoneOffset.UTC);
    private static final Resident RESIDENT = new Resident(4001L, "key-matrix-resident", "Мешканка");

    private static TestPersistence persistence;
    private static EntityManagerFactory factory;
    private static final Map<StaffRole, StaffMember> MEMBERS = new LinkedHashMap<>();
    /** Per parameter name: the value naming hromada A's object, and B's. */
    private static final Map<String, Object[]> OBJECTS = new LinkedHashMap<>();

    private enum Answer { SERVED, DENIED, NOT_FOUND }

    /** Who calls: a staff role, a resident signed in through the identity provider, or nobody. */
    private record Caller(String label, Optional<StaffRole> role, boolean resident) {
    }

    @BeforeAll
    static void seed() {
        persistence = TestPersistence.freshDatabase("it_access_matrix");
        TwoHromadas hromadas = TwoHromadas.seed(persistence);
        MEMBERS.put(StaffRole.ADMINISTRATOR, hromadas.adminA);
        MEMBERS.put(StaffRole.COMMISSION, hromadas.commissionA);
        persistence.run(entityManager -> {
            LocalDateTime now = LocalDateTime.of(2027, 1, 1, 0, 0);
            String hash = Wiring.passwordHasher().hash("a-long-test-password");
            Hromada a = entityManager.find(Hromada.class, hromadas.hromadaA);
            Hromada b = entityManager.find(Hromada.class, hromadas.hromadaB);
            b.addTerritory("с. Друге", TerritoryKind.SETTLEMENT);
            StaffAccount operator = new StaffAccount(a, "operator.a", "Оператор А", null, StaffRole.OPERATOR, hash, now);
            StaffAccount platformOperator = StaffAccount.platformOperator("platform.operator", "Оператор платформи", hash, now);
            entityManager.persist(operator);
            entityManager.persist(platformOperator);
            BudgetCycle cycleA = BudgetCycle.plan(a.id(), CyclePlans.valid(2027, SUBMISSION_START), now);
            BudgetCycle cycleB = BudgetCycle.plan(b.id(), CyclePlans.valid(2027, SUBMISSION_START), now);
            entityManager.persist(cycleA);
            entityManager.persist(cycleB);
            entityManager.flush();
            MEMBERS.put(StaffRole.OPERATOR, new StaffMember(operator.id(), a.id(), operator.username(), operator.fullName(),
                    StaffRole.OPERATOR));
            MEMBERS.put(StaffRole.PLATFORM_OPERATOR, new StaffMember(platformOperator.id(), null, platformOperator.username(),
                    platformOperator.fullName(), StaffRole.PLATFORM_OPERATOR));
            OBJECTS.put("cycleId", new Object[] {cycleA.id(), cycleB.id()});
            OBJECTS.put("categoryId", new Object[] {cycleA.categories().get(0).id(), cycleB.categories().get(0).id()});
            OBJECTS.put("hromadaId", new Object[] {a.id(), b.id()});
            OBJECTS.put("territoryId", new Object[] {a.territories().get(0).id(), b.territories().get(0).id()});
            OBJECTS.put("accountId", new Object[] {hromadas.commissionA.accountId(), hromadas.adminB.accountId()});
        });
        Object[] projects = {submitted(0), submitted(1)};
        for (String name : List.of("projectId", "keptId", "absorbedId")) {
            OBJECTS.put(name, projects);
        }
        OBJECTS.put("projectIds", new Object[] {List.of(projects[0]), List.of(projects[1])});
        factory = persistence.factory();
    }

    @AfterAll
    static void close() {
        persistence.close();
    }

    /** A project submitted in hromada A's cycle (0) or B's (1), by a resident the eligibility check lets through. */
    private static Long submitted(int hromada) {
        ProjectForm form = ProjectForms.complete();
        form.setCategoryId((Long) OBJECTS.get("categoryId")[hromada]);
        form.setTerritoryId((Long) OBJECTS.get("territoryId")[hromada]);
        return persistence.call(entityManager -> wiring(entityManager, Optional.empty(), Optional.of(RESIDENT))
                .make(ProjectSubmission.class).submitNew((Long) OBJECTS.get("cycleId")[hromada], form).id());
    }

    @Test
    void everyStaffActionAnswersEveryRoleInOwnAndAnotherHromadaAsItMust() {
        List<Method> actions = staffActions();
        List<String> unknown = actions.stream().map(StaffActionsAccessMatrixIT::name).filter(name -> allowedFor(name) == null)
                .toList();
        assertTrue(unknown.isEmpty(), "staff actions with no entry in the access policy: " + unknown);

        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Method action : actions) {
            Set<StaffRole> allowed = allowedFor(name(action));
            boolean open = OPEN_TO_ALL.contains(action.getDeclaringClass().getSimpleName())
                    || OPEN_TO_ALL.contains(name(action));
            boolean namesObjects = Arrays.stream(action.getParameters()).anyMatch(parameter -> OBJECTS.containsKey(parameter.getName()));
            for (Caller caller : callers()) {
                Optional<StaffRole> role = caller.role();
                for (int hromada = 0; hromada < (namesObjects ? 2 : 1); hromada++) {
                    cases++;
                    Answer answer = call(action, caller, hromada);
                    boolean mayPass = open || role.filter(allowed::contains).isPresent();
                    boolean ownOrEveryone = hromada == 0 || role.filter(StaffRole.PLATFORM_OPERATOR::equals).isPresent() || open;
                    boolean ok = mayPass && ownOrEveryone ? answer != Answer.DENIED
                            : answer == Answer.DENIED || answer == Answer.NOT_FOUND;
                    if (!ok) {
                        wrong.add(name(action) + " as " + caller.label() + " with "
                                + (hromada == 0 ? "own" : "another") + " hromada's objects: " + answer);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        HostileRecord.note(StaffActionsAccessMatrixIT.class, "calls of " + actions.size() + " staff actions (found by "
                + "reflection) × 6 callers (4 staff roles, resident, nobody) × own/another hromada", cases, "each refused or let through as the access policy says");
    }

    /** Every staff role, a resident, nobody. */
    private static List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        STAFF.forEach(role -> callers.add(new Caller(role.name(), Optional.of(role), false)));
        callers.add(new Caller("resident", Optional.empty(), true));
        callers.add(new Caller("nobody", Optional.empty(), false));
        return callers;
    }

    private static Answer call(Method action, Caller caller, int hromada) {
        EntityManager entityManager = factory.createEntityManager();
        EntityTransaction transaction = entityManager.getTransaction();
        transaction.begin();
        try {
            Object boundary = wiring(entityManager, caller.role().map(MEMBERS::get), caller.resident() ? Optional.of(RESIDENT)
                    : Optional.empty()).make(action.getDeclaringClass());
            Object[] arguments = Arrays.stream(action.getParameters()).map(parameter -> argument(parameter, hromada)).toArray();
            Object result = action.invoke(boundary, arguments);
            return Optional.empty().equals(result) ? Answer.NOT_FOUND : Answer.SERVED;
        } catch (InvocationTargetException thrown) {
            Throwable cause = thrown.getCause();
            return cause instanceof AccessDeniedException ? Answer.DENIED
                    : cause instanceof NotFoundException ? Answer.NOT_FOUND : Answer.SERVED;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            transaction.rollback();
            entityManager.close();
        }
    }

    private static Object argument(Parameter parameter, int hromada) {
        Object[] objects = OBJECTS.get(parameter.getName());
        if (objects != null) {
            return objects[hromada];
        }
        Class<?> type = parameter.getType();
        if (type == String.class) {
            return "x";
        }
        if (type == Long.class || type == long.class) {
            return 999_999L;
        }
        if (type == Integer.class || type == int.class) {
            return 1;
        }
        if (type == byte[].class) {
            return new byte[0];
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return List.of();
        }
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException noPlainConstructor) {
            return null;
        }
    }

    private static Wiring.Automatic wiring(EntityManager entityManager, Optional<StaffMember> staff, Optional<Resident> resident) {
        CurrentStaff currentStaff = () -> staff;
        CurrentResident currentResident = () -> resident;
        return new Wiring(entityManager, currentStaff, CLOCK).automatic(currentResident, Map.of(ResidentEligibility.class,
                new ResidentEligibility() {
                    @Override
                    public EligibilityVerdict check(Resident who, Long cycleId, Activity activity) {
                        return EligibilityVerdict.granted();
                    }

                    @Override
                    public VoterVerdict checkVoter(Voter voter, Long cycleId, Residence residence, LocalDate castOn) {
                        return VoterVerdict.granted(null);
                    }
                }));
    }

    /** The public methods of every boundary class built with a StaffGuard or the signed-in staff member. */
    private static List<Method> staffActions() {
        List<Method> actions = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ua.uchast")
                .stream().filter(type -> type.getPackageName().endsWith(".boundary") && !type.isInterface())
                .map(JavaClass::reflect).filter(StaffActionsAccessMatrixIT::actsForStaff)
                .filter(type -> type != StaffGuard.class && !CurrentStaff.class.isAssignableFrom(type))
                .forEach(type -> Arrays.stream(type.getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                                && !method.isSynthetic() && !method.isBridge())
                        .filter(method -> !NOT_ACTIONS.contains(name(method))).forEach(actions::add));
        actions.sort(Comparator.comparing(StaffActionsAccessMatrixIT::name));
        return actions;
    }

    private static boolean actsForStaff(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors()).flatMap(constructor -> Arrays.stream(constructor.getParameterTypes()))
                .anyMatch(parameter -> parameter == StaffGuard.class || parameter == CurrentStaff.class);
    }

    private static Set<StaffRole> allowedFor(String action) {
        return Optional.ofNullable(ALLOWED.get(action)).orElse(ALLOWED.get(action.substring(0, action.indexOf('.'))));
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
