package ua.uchast.tally.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.NotFoundException;
import ua.uchast.proposal.entity.Project;
import ua.uchast.tally.AcceptedProjects;
import ua.uchast.tally.entity.ExclusiveGroup;
import ua.uchast.tally.entity.Outcome;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;
import ua.uchast.voting.control.JpaVotingRecords;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;

/**
 * Groups of mutually exclusive projects against a real MariaDB: the cycle's administrator declares them among its
 * accepted projects until voting opens, every change is audited, others are refused, and the tally honours them.
 */
class ExclusiveGroupsIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final Clock CLOCK = clockOn(TODAY);

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_exclusive_groups");

    /** Voting opens in 17 days: groups may change. */
    private static BudgetCycle cycle;
    private static Long park;
    private static Long otherPark;
    private static Long library;
    private static Long submittedOnly;
    /** Another hromada A cycle whose groups may change. */
    private static BudgetCycle otherCycle;
    /** Voting is open: groups are frozen. */
    private static BudgetCycle votingCycle;
    private static Long votingProject;
    private static Long votingOtherProject;

    private static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static <T> T as(StaffMember staff, Clock clock, Function<Wiring, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff),
                clock)));
    }

    private static <T> T asAdmin(Function<ExclusiveGroups, T> action) {
        return as(DATABASE.hromadas().adminA, CLOCK, wiring -> action.apply(wiring.exclusiveGroups()));
    }

    @BeforeAll
    static void aCycleWithAcceptedProjects() {
        cycle = as(DATABASE.hromadas().adminA, CLOCK, wiring -> wiring.cycleAdministration()
                .plan(CyclePlans.valid(2028, TODAY.minusDays(40))));
        park = project(cycle, "Сквер на Шевченка", 100_000, true);
        otherPark = project(cycle, "Спортмайданчик на Шевченка", 120_000, true);
        library = project(cycle, "Книжки для бібліотеки", 60_000, true);
        submittedOnly = project(cycle, "Ще не розглянутий", 70_000, false);
        otherCycle = as(DATABASE.hromadas().adminA, CLOCK, wiring -> wiring.cycleAdministration()
                .plan(CyclePlans.valid(2030, TODAY.minusDays(40))));
        votingCycle = as(DATABASE.hromadas().adminA, CLOCK, wiring -> wiring.cycleAdministration()
                .plan(CyclePlans.valid(2029, TODAY.minusDays(60))));
        votingProject = project(votingCycle, "Лавки", 80_000, true);
        votingOtherProject = project(votingCycle, "Ліхтарі", 90_000, true);
    }

    private static void castBallots(int count, Map<Long, List<Long>> chosen) {
        DATABASE.persistence().run(entityManager -> {
            JpaVotingRecords box = new JpaVotingRecords(entityManager);
            for (int ballot = 0; ballot < count; ballot++) {
                box.add(new CastBallot(cycle.id(), Channel.PROVIDER, Choices.of(chosen), UUID.randomUUID().toString()));
            }
        });
    }

    private static Long project(BudgetCycle of, String title, long cost, boolean accepted) {
        return DATABASE.persistence().call(entityManager -> AcceptedProjects.project(entityManager, of,
                entityManager.createQuery("select t.id from Territory t", Long.class).setMaxResults(1).getSingleResult(),
                DATABASE.hromadas().commissionA.accountId(), title, cost, accepted));
    }

    @Test
    void theAdministratorDeclaresAGroupAmongAcceptedProjectsAndRemovesItBothAudited() {
        CycleExclusiveGroups before = asAdmin(groups -> groups.of(cycle.id()));
        assertTrue(before.editable());
        assertEquals(Set.of(park, otherPark, library),
                Set.copyOf(before.acceptedProjects().stream().map(Project::id).toList()), "only accepted projects");

        ExclusiveGroup declared = asAdmin(groups -> groups.declare(cycle.id(), List.of(otherPark, park),
                "  Та сама ділянка на вул. Шевченка, 5 "));
        assertEquals(List.of(park, otherPark), declared.projectIds());
        assertEquals("Та сама ділянка на вул. Шевченка, 5", declared.reason());
        AuditEntry declaredEntry = latestAuditEntry();
        assertEquals("tally.exclusiveGroup.declared", declaredEntry.action());
        assertEquals(cycle.id(), declaredEntry.subjectId());
        assertTrue(declaredEntry.after().contains("\"projects\":[" + park + "," + otherPark + "]"), declaredEntry.after());
        assertEquals(1, asAdmin(groups -> groups.of(cycle.id())).groups().size());

        asAdmin(groups -> {
            groups.remove(cycle.id(), declared.id());
            return null;
        });
        assertEquals("tally.exclusiveGroup.removed", latestAuditEntry().action());
        assertTrue(asAdmin(groups -> groups.of(cycle.id())).groups().isEmpty());
    }

    @Test
    void aGroupNeedsTwoAcceptedProjectsOfTheCycleAReasonAndNewMembersAndNothingWrongIsSaved() {
        long groups = DATABASE.persistence().count("ExclusiveGroup");
        long audit = DATABASE.persistence().count("AuditEntry");

        Refusals.assertRefused(() -> asAdmin(g -> g.declare(cycle.id(), List.of(park), "Одна ділянка")), "projects",
                "tally.groups.tooFew");
        Refusals.assertRefused(() -> asAdmin(g -> g.declare(cycle.id(), List.of(park, park), "Одна ділянка")),
                "projects", "tally.groups.tooFew");
        Refusals.assertRefused(() -> asAdmin(g -> g.declare(cycle.id(), List.of(park, library), " ")), "reason",
                "validation.required");
        Refusals.assertRefused(() -> asAdmin(g -> g.declare(cycle.id(), List.of(park, submittedOnly), "Ділянка")),
                "projects", "tally.groups.notAccepted");
        Refusals.assertRefused(() -> asAdmin(g -> g.declare(cycle.id(), List.of(park, votingProject), "Ділянка")),
                "projects", "tally.groups.notAccepted");
        assertEquals(groups, DATABASE.persistence().count("ExclusiveGroup"));
        assertEquals(audit, DATABASE.persistence().count("AuditEntry"));

        ExclusiveGroup first = asAdmin(g -> g.declare(cycle.id(), List.of(park, library), "Той самий бюджетний рядок"));
        Refusals.assertRefused(() -> asAdmin(g -> g.declare(cycle.id(), List.of(library, park), "Знову")), "projects",
                "tally.groups.exists");
        asAdmin(g -> {
            g.remove(cycle.id(), first.id());
            return null;
        });
    }

    @Test
    void onlyTheCyclesOwnAdministratorMaySeeOrChangeItsGroups() {
        ExclusiveGroup group = asAdmin(g -> g.declare(cycle.id(), List.of(otherPark, library), "Та сама мета"));
        try {
            assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, CLOCK,
                    wiring -> wiring.exclusiveGroups().of(cycle.id())));
            assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, CLOCK,
                    wiring -> wiring.exclusiveGroups().declare(cycle.id(), List.of(park, library), "Чужа громада")));
            assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, CLOCK,
                    wiring -> wiring.exclusiveGroups().declare(cycle.id(), List.of(park, library), "Комісія")));
            assertThrows(AccessDeniedException.class, () -> as(null, CLOCK, wiring -> wiring.exclusiveGroups()
                    .of(cycle.id())));
            assertThrows(NotFoundException.class, () -> asAdmin(g -> {
                g.remove(otherCycle.id(), group.id());
                return null;
            }), "a group is removed only through its own cycle");
        } finally {
            asAdmin(g -> {
                g.remove(cycle.id(), group.id());
                return null;
            });
        }
    }

    @Test
    void onceVotingHasOpenedTheGroupsCanNoLongerChange() {
        CycleExclusiveGroups frozen = asAdmin(groups -> groups.of(votingCycle.id()));
        assertEquals(false, frozen.editable());

        Refusals.assertRefused(() -> asAdmin(g -> g.declare(votingCycle.id(), List.of(votingProject,
                votingOtherProject), "Та сама ділянка")), null, "tally.groups.frozen");
    }

    @Test
    void theTallyOfAPlatformCycleHonoursItsGroups() {
        ExclusiveGroup group = asAdmin(g -> g.declare(cycle.id(), List.of(park, otherPark), "Та сама ділянка"));
        try {
            as(DATABASE.hromadas().adminA, CLOCK, wiring -> wiring.cycleAdministration().publish(cycle.id()));
            Long category = cycle.categories().get(0).id();
            castBallots(30, Map.of(category, List.of(park, otherPark)));
            castBallots(20, Map.of(category, List.of(library)));

            Clock afterVoting = clockOn(TODAY.plusDays(40));
            TallyResult result = as(DATABASE.hromadas().adminA, afterVoting, wiring -> wiring.tallyAdministration()
                    .tally(cycle.id())).categories().get(0).result();

            assertEquals(List.of(park.toString(), library.toString()), result.winners());
            assertEquals(Outcome.EXCLUDED_BY_GROUP, result.outcomeOf(otherPark.toString()).orElseThrow().outcome());
        } finally {
            asAdmin(g -> {
                g.remove(cycle.id(), group.id());
                return null;
            });
        }
    }

    /** The last entry written (the tally test writes one dated after voting, so not by date). */
    private static AuditEntry latestAuditEntry() {
        return DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select a from AuditEntry a where a.hromadaId = :hromadaId order by a.id desc", AuditEntry.class)
                .setParameter("hromadaId", DATABASE.hromadas().hromadaA).setMaxResults(1).getSingleResult());
    }
}
