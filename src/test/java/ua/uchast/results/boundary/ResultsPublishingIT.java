package ua.uchast.results.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ua.uchast.testsupport.Refusals.assertRefused;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import ua.uchast.audit.boundary.AuditTrail;
import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.StaffGuard;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.boundary.CycleCatalog;
import ua.uchast.cycle.control.JpaCycleRepository;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.identity.boundary.ResidentRegistry;
import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.control.ResidentRepository;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.boundary.StaffActionPerformed;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.proposal.boundary.ProjectCatalogue;
import ua.uchast.proposal.boundary.ProjectDecided;
import ua.uchast.proposal.boundary.ProjectOutcomes;
import ua.uchast.proposal.control.JpaProjectRepository;
import ua.uchast.proposal.entity.Project;
import ua.uchast.proposal.entity.ProjectEvent;
import ua.uchast.proposal.entity.ProjectStatus;
import ua.uchast.results.control.JpaResultRepository;
import ua.uchast.results.control.RefusedPublishing;
import ua.uchast.results.control.ResultCounting;
import ua.uchast.results.control.StatisticsCounting;
import ua.uchast.results.entity.Measure;
import ua.uchast.results.entity.PublishedResult;
import ua.uchast.results.entity.SmallGroups;
import ua.uchast.results.entity.StatisticRow;
import ua.uchast.results.entity.VersionDifference;
import ua.uchast.tally.AcceptedProjects;
import ua.uchast.tally.boundary.Recount;
import ua.uchast.tally.control.JpaElectionStore;
import ua.uchast.tally.control.JpaExclusiveGroupRepository;
import ua.uchast.tally.control.PlatformBallots;
import ua.uchast.testsupport.DeliveringEvent;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;
import ua.uchast.voting.boundary.BallotFiles;
import ua.uchast.voting.boundary.CastBallots;
import ua.uchast.voting.boundary.VoteCounts;
import ua.uchast.voting.boundary.VoterStatistics;
import ua.uchast.voting.control.BallotBoxCounts;
import ua.uchast.voting.control.BallotFileStore;
import ua.uchast.voting.control.BallotForms;
import ua.uchast.voting.control.JpaVotingRecords;
import ua.uchast.voting.control.ReceiptKeys;
import ua.uchast.voting.control.RegisterCounts;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.Caster;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;
import ua.uchast.voting.entity.ReceiptCode;
import ua.uchast.voting.entity.VoterRegistration;

/**
 * Publishing results against a real MariaDB: the administrator publishes a closed cycle (statuses, history, audit,
 * statistics from the voter register with small groups hidden); a correction after late paper ballots is a new version
 * with its reason that flips the winners it changes and keeps the voters' statistics while fewer than 5 voters were
 * added; every refusal (voting still open, another hromada, a commission member, a second publication without a reason,
 * ballots changed since the tally was run) saves nothing and is audited; a cycle without voters publishes zeros.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResultsPublishingIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final String SECRET = "a-resident-key-secret-of-at-least-32-bytes-for-tests";

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_results_publishing");

    /** Voting closed five days ago. */
    private static BudgetCycle closed;
    /** Voting runs. */
    private static BudgetCycle voting;
    /** Voting closed long ago, and nobody voted. */
    private static BudgetCycle empty;
    private static Long first;
    private static Long second;
    private static Long third;
    private static Long fourth;
    private static Long notOnBallot;
    private static int people;

    @BeforeAll
    static void cyclesWithBallots() {
        closed = publishedCycle(2027, TODAY.minusDays(75));
        voting = publishedCycle(2028, TODAY.minusDays(60));
        empty = publishedCycle(2026, TODAY.minusDays(100));
        first = project(closed, "Лавки біля ставу", 300_000, true);
        second = project(closed, "Світло до школи", 300_000, true);
        third = project(closed, "Велопарковки", 300_000, true);
        fourth = project(closed, "Пандус до амбулаторії", 200_000, true);
        notOnBallot = project(closed, "Не розглянутий", 100_000, false);
        project(voting, "Ліхтарі", 100_000, true);
        project(empty, "Сквер", 100_000, true);
        // 12 ballots, one project each: 5, 4, 2 and 1 votes; greedy funds the first three (900 000 of 1 000 000).
        for (Long project : List.of(first, first, first, first, first, second, second, second, second, third, third)) {
            cast(closed, project, Channel.PROVIDER, LocalDate.of(1990, 5, 17), Rnokpp.Gender.FEMALE);
        }
        cast(closed, fourth, Channel.SIGNATURE, LocalDate.of(1950, 1, 2), Rnokpp.Gender.MALE);
        cast(voting, null, Channel.PROVIDER, LocalDate.of(1980, 1, 1), Rnokpp.Gender.MALE);
    }

    /** A cycle its administrator has planned and published (a draft is seen by its staff only). */
    private static BudgetCycle publishedCycle(int year, LocalDate start) {
        return DATABASE.persistence().call(entityManager -> {
            CycleAdministration administration = wiring(entityManager, DATABASE.hromadas().adminA).cycleAdministration();
            return administration.publish(administration.plan(CyclePlans.valid(year, start)).id());
        });
    }

    private static Long project(BudgetCycle of, String title, long cost, boolean accepted) {
        return DATABASE.persistence().call(entityManager -> AcceptedProjects.project(entityManager, of,
                entityManager.createQuery("select t.id from Territory t", Long.class).setMaxResults(1).getSingleResult(),
                DATABASE.hromadas().commissionA.accountId(), title, cost, accepted));
    }

    /** A ballot as the voting component writes it: a line in the register and, apart, a ballot in the box. */
    private static void cast(BudgetCycle cycle, Long project, Channel channel, LocalDate birthDate, Rnokpp.Gender gender) {
        DATABASE.persistence().run(entityManager -> {
            JpaVotingRecords records = new JpaVotingRecords(entityManager);
            Long chosen = project != null ? project : new ProjectCatalogue(new JpaProjectRepository(entityManager), Optional::empty,
                    Optional::empty).onBallot(cycle.id()).get(0).id();
            LocalDate castOn = cycle.phases().votingStart().plusDays(people % 3);
            String person = String.format("%064x", ++people);
            Caster caster = channel == Channel.PAPER
                    ? Caster.onPaper(cycle.id(), person, birthDate, gender, null, 1L, castOn)
                    : Caster.online(cycle.id(), person, birthDate, gender, null);
            records.register(new VoterRegistration(caster, channel, castOn.atTime(9, 0), castOn, null));
            records.add(new CastBallot(cycle.id(), channel, Choices.of(Map.of(cycle.categories().get(0).id(), List.of(chosen))),
                    new ReceiptKeys(Optional.of(SECRET), "").hashOf(ReceiptCode.random())));
        });
    }

    /** The boundaries as the container wires them; refusals are audited in a transaction of their own, as there. */
    private static final class Boundaries {

        final Wiring wiring;
        final ResultsPublishing publishing;
        final PublishedResults results;

        Boundaries(EntityManager entityManager, StaffMember staff) {
            wiring = wiring(entityManager, staff);
            CycleCatalog cycles = new CycleCatalog(new JpaCycleRepository(entityManager), CLOCK);
            JpaVotingRecords records = new JpaVotingRecords(entityManager);
            ProjectCatalogue projects = new ProjectCatalogue(new JpaProjectRepository(entityManager), Optional::empty,
                    TwoHromadas.as(staff));
            Recount recount = new Recount(cycles, new JpaElectionStore(entityManager), new JpaExclusiveGroupRepository(entityManager),
                    new PlatformBallots(new CastBallots(cycles, new BallotForms(cycles, projects, records), records)));
            BallotFiles ballotFiles = new BallotFiles(cycles, new BallotFileStore(entityManager, records), records,
                    new ReceiptKeys(Optional.of(SECRET), ""), CLOCK);
            DeliveringEvent<StaffActionPerformed> audit = new DeliveringEvent<>(wiring.auditTrail()::record);
            ResultCounting counting = new ResultCounting(recount, ballotFiles, new VoterStatistics(cycles, new RegisterCounts(entityManager)),
                    projects, new StatisticsCounting(new ResidentRegistry(new ResidentRepository(entityManager), new ResidentKeys(SECRET),
                    CLOCK)));
            JpaResultRepository repository = new JpaResultRepository(entityManager);
            RefusedPublishing apart = new RefusedPublishing(new DeliveringEvent<>(action -> DATABASE.persistence().run(
                    other -> new AuditTrail(other, new StaffGuard(TwoHromadas.as(staff))).record(action))));
            publishing = new ResultsPublishing(new StaffGuard(TwoHromadas.as(staff)), TwoHromadas.as(staff), cycles,
                    wiring.hromadaCatalog(), repository, counting, new ProjectOutcomes(new StaffGuard(TwoHromadas.as(staff)),
                    cycles, new JpaProjectRepository(entityManager), audit, new DeliveringEvent<ProjectDecided>(decided -> { }), CLOCK),
                    apart, audit, CLOCK);
            results = new PublishedResults(repository, new VoteCounts(cycles, new BallotBoxCounts(entityManager), CLOCK), projects);
        }
    }

    private static Wiring wiring(EntityManager entityManager, StaffMember staff) {
        return new Wiring(entityManager, TwoHromadas.as(staff), CLOCK);
    }

    private static <T> T as(StaffMember staff, Function<Boundaries, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Boundaries(entityManager, staff)));
    }

    private static PublishedResult publish(StaffMember staff, BudgetCycle cycle, String seenHead, String reason) {
        return as(staff, boundaries -> boundaries.publishing.publish(cycle.id(), seenHead, reason));
    }

    private static long versions(BudgetCycle cycle) {
        return DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select count(r) from PublishedResult r where r.cycleId = :cycle", Long.class).setParameter("cycle", cycle.id())
                .getSingleResult());
    }

    private static List<AuditEntry> audit(String action) {
        return DATABASE.persistence().call(entityManager -> entityManager.createQuery("select e from AuditEntry e where e.action = "
                + ":action order by e.id", AuditEntry.class).setParameter("action", action).getResultList());
    }

    private static Project project(Long id) {
        return DATABASE.persistence().call(entityManager -> {
            Project project = entityManager.find(Project.class, id);
            project.history().size();
            return project;
        });
    }

    @Test
    @Order(1)
    void nobodyButTheHromadasAdministratorPublishesAndNothingBeforeVotingCloses() {
        int refusedBefore = audit("results.publishRefused").size();
        assertThrows(AccessDeniedException.class, () -> publish(DATABASE.hromadas().adminB, closed, null, null));
        assertThrows(AccessDeniedException.class, () -> publish(DATABASE.hromadas().commissionA, closed, null, null));
        assertThrows(AccessDeniedException.class, () -> publish(null, closed, null, null));
        assertRefused(() -> publish(DATABASE.hromadas().adminA, voting, null, null), null, "results.votingNotClosed");
        assertEquals(0, versions(closed));
        assertEquals(0, versions(voting));
        assertEquals(ProjectStatus.ACCEPTED, project(first).status(), "nothing half-saved");

        List<AuditEntry> refused = audit("results.publishRefused");
        assertEquals(refusedBefore + 3, refused.size(), "each staff member's refused attempt is audited (a visitor has no account)");
        assertEquals(DATABASE.hromadas().hromadaA, refused.get(refused.size() - 3).hromadaId(),
                "another hromada's administrator is recorded in the log of the hromada whose results they tried to publish");
        assertEquals("admin.b", refused.get(refused.size() - 3).actorUsername());
        assertTrue(refused.get(refused.size() - 1).after().contains("results.votingNotClosed"), refused.get(refused.size() - 1).after());
    }

    @Test
    @Order(2)
    void theAdministratorPublishesTheTallyTheProjectsBecomeWinnersOrNotAndItIsAudited() {
        String head = as(DATABASE.hromadas().adminA, boundaries -> boundaries.publishing.ballotFileHead(closed.id())).orElseThrow();
        PublishedResult published = publish(DATABASE.hromadas().adminA, closed, head, null);
        assertEquals(1, published.number());
        assertEquals(head, published.chainHead());
        assertEquals(12, published.ballots());
        assertEquals(List.of(11L, 1L, 0L), List.of(published.providerVoters(), published.signatureVoters(), published.paperVoters()));
        assertEquals("greedy", published.countingRule());
        assertEquals(List.of("Лавки біля ставу", "Світло до школи", "Велопарковки"),
                published.categories().get(0).winners().stream().map(line -> line.title()).toList());

        assertEquals(ProjectStatus.WINNER, project(first).status());
        assertEquals(ProjectStatus.WINNER, project(third).status());
        assertEquals(ProjectStatus.NOT_SELECTED, project(fourth).status());
        assertEquals(ProjectStatus.SUBMITTED, project(notOnBallot).status(), "a project never on the ballot is not touched");
        assertEquals(ProjectEvent.WON, last(project(first)).event());
        assertEquals("Адміністратор А", last(project(first)).actor().name());

        assertEquals(1, audit("results.published").size());
        assertEquals(4, audit("project.outcome").size(), "each status change is audited");
        List<Measure> measures = published.statistics().stream().map(StatisticRow::measure).distinct().toList();
        assertTrue(measures.containsAll(List.of(Measure.VOTERS_BY_AGE_BAND, Measure.VOTERS_BY_GENDER, Measure.VOTERS_BY_TERRITORY,
                Measure.VOTERS_BY_CHANNEL, Measure.VOTERS_BY_DAY, Measure.PROJECTS_BY_CATEGORY, Measure.PROJECTS_BY_STATUS,
                Measure.MONEY_ASKED, Measure.MONEY_AVAILABLE, Measure.AUTHORS_BY_AGE_BAND)), measures.toString());
        assertEquals(Map.of("WINNER", 3L, "NOT_SELECTED", 1L, "SUBMITTED", 1L), counts(published, Measure.PROJECTS_BY_STATUS));
        assertEquals(1_200_000L, counts(published, Measure.MONEY_ASKED).values().iterator().next(),
                "every standing project's cost, on the ballot or not");
    }

    @Test
    @Order(3)
    void smallGroupsOfVotersAreHiddenWherePeopleCouldBeRecognised() {
        PublishedResult published = as(null, boundaries -> boundaries.results.current(closed.id())).orElseThrow();
        Map<String, String> gender = shown(published, Measure.VOTERS_BY_GENDER);
        assertEquals(Map.of("FEMALE", "hidden", "MALE", "<5"), gender,
                "one man voted: shown as <5, and the women are hidden too, or the total would give him away");
        Map<String, String> ages = shown(published, Measure.VOTERS_BY_AGE_BAND);
        assertEquals("<5", ages.get("FROM_65"), "the one voter over 65");
        assertEquals("0", ages.get("FROM_14_TO_17"));
        assertEquals(Map.of("PROVIDER", "11", "SIGNATURE", "1", "PAPER", "0"), shown(published, Measure.VOTERS_BY_CHANNEL),
                "channels are public in the ballot file anyway");
    }

    @Test
    @Order(4)
    void publishingAgainNeedsAReasonAndTheBallotsTheAdministratorSaw() {
        assertRefused(() -> publish(DATABASE.hromadas().adminA, closed, null, "  "), "reason", "results.reasonRequired");
        String seen = as(DATABASE.hromadas().adminA, boundaries -> boundaries.publishing.ballotFileHead(closed.id())).orElseThrow();
        cast(closed, fourth, Channel.PAPER, LocalDate.of(1970, 3, 3), Rnokpp.Gender.MALE);
        cast(closed, fourth, Channel.PAPER, LocalDate.of(1971, 3, 3), Rnokpp.Gender.FEMALE);
        assertRefused(() -> publish(DATABASE.hromadas().adminA, closed, seen, "Пізно внесені паперові бюлетені"), null,
                "results.ballotsChanged");
        assertEquals(1, versions(closed), "nothing saved");
        assertTrue(audit("results.publishRefused").stream().anyMatch(entry -> entry.after().contains("results.reasonRequired")));
    }

    @Test
    @Order(5)
    void aCorrectionIsANewVersionThatFlipsTheWinnersItChangesAndKeepsTheOldOne() {
        String head = as(DATABASE.hromadas().adminA, boundaries -> boundaries.publishing.ballotFileHead(closed.id())).orElseThrow();
        PublishedResult corrected = publish(DATABASE.hromadas().adminA, closed, head, "Пізно внесені паперові бюлетені з ЦНАП");
        assertEquals(2, corrected.number());
        assertEquals(14, corrected.ballots());
        assertNotEquals(as(null, boundaries -> boundaries.results.version(closed.id(), 1)).orElseThrow().chainHead(), corrected.chainHead());
        assertEquals(List.of("Лавки біля ставу", "Світло до школи", "Пандус до амбулаторії"),
                corrected.categories().get(0).winners().stream().map(line -> line.title()).toList());

        assertEquals(ProjectStatus.NOT_SELECTED, project(third).status());
        assertEquals("Пізно внесені паперові бюлетені з ЦНАП", last(project(third)).publicReason());
        assertEquals(ProjectStatus.WINNER, project(fourth).status());
        assertEquals(ProjectEvent.WON, last(project(fourth)).event());
        assertEquals(1, audit("results.corrected").size());

        VersionDifference difference = as(null, boundaries -> boundaries.results.difference(closed.id(), 2)).orElseThrow();
        assertEquals(2, difference.changes().size(), difference.changes().toString());
        assertTrue(difference.changes().stream().anyMatch(change -> change.title().equals("Велопарковки") && change.statusChanged()
                && change.wonBefore() && !change.wonAfter()));
        assertTrue(difference.changes().stream().anyMatch(change -> change.title().equals("Пандус до амбулаторії")
                && change.votesBefore() == 1 && change.votesAfter() == 3 && change.wonAfter()));

        assertEquals(1, corrected.statisticsVersion(), "two voters added: their age and gender stay unpublished");
        assertEquals(Map.of("FEMALE", "hidden", "MALE", "<5"), shown(corrected, Measure.VOTERS_BY_GENDER));
        assertEquals(1, as(null, boundaries -> boundaries.results.version(closed.id(), 1)).orElseThrow().number(),
                "the first version stays as it was");
        assertEquals(Map.of(first, 5L, second, 4L, third, 2L, fourth, 3L),
                as(null, boundaries -> boundaries.results.publicVotes(closed.id())).orElseThrow());
        assertEquals(List.of(fourth, first, second).stream().sorted().toList(),
                as(null, boundaries -> boundaries.results.winners(closed.id())).stream().map(Winner::projectId).sorted().toList());
    }

    @Test
    @Order(6)
    void aCycleNobodyVotedInPublishesZerosNotErrors() {
        PublishedResult published = publish(DATABASE.hromadas().adminA, empty, null, null);
        assertEquals(0, published.ballots());
        assertFalse(published.categories().get(0).counted());
        assertTrue(published.statistics(Measure.VOTERS_BY_AGE_BAND).stream().allMatch(row -> row.amount() == 0));
        assertEquals(Map.of("PROVIDER", "0", "SIGNATURE", "0", "PAPER", "0"), shown(published, Measure.VOTERS_BY_CHANNEL));
        assertTrue(project(DATABASE.persistence().call(entityManager -> entityManager.createQuery(
                "select p.id from Project p where p.cycleId = :cycle", Long.class).setParameter("cycle", empty.id()).getSingleResult()))
                .status() == ProjectStatus.NOT_SELECTED);
    }

    @Test
    @Order(7)
    void liveCountsShowOnlyForACycleThatShowsThemAndOnlyOnceVotingHasOpened() {
        assertTrue(as(null, boundaries -> boundaries.results.publicVotes(voting.id())).isEmpty(),
                "this cycle does not show live counts: nothing reveals a count before the results");
        DATABASE.persistence().run(entityManager -> entityManager.createNativeQuery("UPDATE budget_cycle SET live_counts = TRUE "
                + "WHERE id = ?").setParameter(1, voting.id()).executeUpdate());
        assertEquals(Optional.of(1L), as(null, boundaries -> boundaries.results.publicVotes(voting.id()))
                .map(votes -> votes.values().stream().mapToLong(Long::longValue).sum()));
    }

    private static ua.uchast.proposal.entity.ProjectTransition last(Project project) {
        return project.history().get(project.history().size() - 1);
    }

    private static Map<String, Long> counts(PublishedResult result, Measure measure) {
        return result.statistics(measure).stream().filter(row -> row.amount() > 0)
                .collect(java.util.stream.Collectors.toMap(StatisticRow::groupKey, StatisticRow::amount));
    }

    private static Map<String, String> shown(PublishedResult result, Measure measure) {
        return SmallGroups.shown(measure, result.statistics(measure)).stream()
                .collect(java.util.stream.Collectors.toMap(SmallGroups.Shown::key, SmallGroups.Shown::text));
    }
}
