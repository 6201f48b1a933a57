package ua.uchast.proposal.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import ua.uchast.community.boundary.CurrentStaff;
import ua.uchast.community.boundary.HromadaCatalog;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.community.control.JpaHromadaRepository;
import ua.uchast.community.entity.Hromada;
import ua.uchast.community.entity.StaffRole;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.control.JpaCycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.identity.boundary.Activity;
import ua.uchast.identity.boundary.CurrentResident;
import ua.uchast.identity.boundary.EligibilityVerdict;
import ua.uchast.identity.boundary.Resident;
import ua.uchast.identity.boundary.Residence;
import ua.uchast.identity.boundary.ResidentEligibility;
import ua.uchast.identity.boundary.Voter;
import ua.uchast.identity.boundary.VoterVerdict;
import ua.uchast.moderation.boundary.ModerationDesk;
import ua.uchast.proposal.control.CycleTermsSource;
import ua.uchast.proposal.entity.CycleTerms;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.testsupport.DeliveringEvent;
import ua.uchast.testsupport.TestPersistence;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;

/**
 * The proposal and moderation boundaries over a real, migrated database, wired by hand the way CDI wires them, with
 * fakes for who is signed in (a resident, a staff member or nobody) and for eligibility, and a movable clock.
 */
final class ProposalWorld implements AutoCloseable {

    static final Resident AUTHOR = new Resident(1001L, "key-author", "Олег Автор");
    static final Resident NEIGHBOUR = new Resident(1002L, "key-neighbour", "Ганна Сусідка");
    static final Resident TOO_YOUNG = new Resident(1003L, "key-young", "Юний");
    static final Resident PHOTOGRAPHER = new Resident(1004L, "key-photographer", "Фотограф");

    final TestPersistence persistence;
    final TwoHromadas hromadas;
    final AtomicReference<Resident> resident = new AtomicReference<>();
    final AtomicReference<StaffMember> staff = new AtomicReference<>();
    final List<ProjectDecided> decisions = new CopyOnWriteArrayList<>();
    final LocalDate submissionStart = LocalDate.of(2027, 3, 1);
    Clock clock = clockOn(submissionStart.plusDays(5));
    Long hromadaId;
    Long otherHromadaId;
    Long cycleId;
    Long smallCategoryId;
    Long territoryId;

    ProposalWorld(String databaseName) {
        persistence = TestPersistence.freshDatabase(databaseName);
        hromadas = TwoHromadas.seed(persistence);
        persistence.run(this::seedCycle);
    }

    private void seedCycle(EntityManager entityManager) {
        BudgetCycle cycle = BudgetCycle.plan(hromadas.hromadaA, CyclePlans.valid(2027, submissionStart),
                LocalDateTime.of(2027, 1, 1, 0, 0));
        entityManager.persist(cycle);
        entityManager.flush();
        hromadaId = hromadas.hromadaA;
        otherHromadaId = hromadas.hromadaB;
        cycleId = cycle.id();
        smallCategoryId = cycle.categories().get(0).id();
        territoryId = entityManager.find(Hromada.class, hromadaId).territories().get(0).id();
    }

    /** The review queue's filter: a cycle (or any) and a status (or every one in moderation). */
    static ProjectFilter queueOf(Long cycleId, ProjectStatus status) {
        ProjectFilter filter = new ProjectFilter();
        filter.setCycleId(cycleId);
        filter.setStatus(status);
        return filter;
    }

    static Clock clockOn(LocalDate day) {
        return Clock.fixed(Instant.from(day.atTime(12, 0).atOffset(ZoneOffset.UTC)), ZoneOffset.UTC);
    }

    void signInResident(Resident who) {
        staff.set(null);
        resident.set(who);
    }

    /** The commission member of hromada A, or one of hromada B (who has no business with A's projects). */
    void signInCommission(Long ofHromada) {
        resident.set(null);
        staff.set(ofHromada.equals(hromadas.hromadaA) ? hromadas.commissionA
                : new StaffMember(hromadas.adminB.accountId(), ofHromada, "commission.b", "Комісія Б", StaffRole.COMMISSION));
    }

    void signOut() {
        resident.set(null);
        staff.set(null);
    }

    /** One boundary call in one transaction, as the container would run it. */
    <T> T call(Function<Boundaries, T> work) {
        return persistence.call(entityManager -> work.apply(new Boundaries(entityManager)));
    }

    final class Boundaries {

        private final EntityManager entityManager;
        private final Wiring wiring;
        private final CurrentResident currentResident = () -> Optional.ofNullable(resident.get());
        private final CurrentStaff currentStaff = () -> Optional.ofNullable(staff.get());
        private final ResidentEligibility eligibility = new ResidentEligibility() {
            @Override
            public EligibilityVerdict check(Resident who, Long cycle, Activity activity) {
                return who.equals(TOO_YOUNG) ? EligibilityVerdict.refused("eligibility.tooYoung") : EligibilityVerdict.granted();
            }

            @Override
            public VoterVerdict checkVoter(Voter voter, Long cycle, Residence residence, LocalDate castOn) {
                throw new UnsupportedOperationException("projects do not vote");
            }
        };

        Boundaries(EntityManager entityManager) {
            this.entityManager = entityManager;
            this.wiring = new Wiring(entityManager, currentStaff, clock);
        }

        EntityManager entityManager() {
            return entityManager;
        }

        CycleTerms submissionTerms() {
            return new CycleTermsSource(new CycleCatalog(new JpaCycleRepository(entityManager), clock),
                    new HromadaCatalog(new JpaHromadaRepository(entityManager))).termsOf(cycleId);
        }

        LocalDateTime now() {
            return LocalDateTime.now(clock);
        }

        ProjectSubmission submission() {
            return wiring.projectSubmission(currentResident, eligibility, new DeliveringEvent<>(decisions::add));
        }

        ProjectReviewing reviewing() {
            return wiring.projectReviewing(new DeliveringEvent<>(decisions::add));
        }

        ProjectCatalogue catalogue() {
            return wiring.projectCatalogue(currentResident);
        }

        ModerationDesk moderation() {
            return wiring.moderationDesk(new DeliveringEvent<>(decisions::add));
        }
    }

    @Override
    public void close() {
        persistence.close();
    }
}
