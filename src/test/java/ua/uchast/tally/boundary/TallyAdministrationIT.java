package ua.uchast.tally.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ua.uchast.audit.entity.AuditEntry;
import ua.uchast.community.boundary.StaffMember;
import ua.uchast.cycle.boundary.CycleAdministration;
import ua.uchast.cycle.entity.BudgetCycle;
import ua.uchast.cycle.entity.CyclePlans;
import ua.uchast.cycle.entity.HistoricRecord;
import ua.uchast.cycle.entity.TallyRule;
import ua.uchast.platform.control.UiText;
import ua.uchast.platform.entity.AccessDeniedException;
import ua.uchast.platform.entity.FieldViolation;
import ua.uchast.platform.entity.InvalidInputException;
import ua.uchast.tally.AcceptedProjects;
import ua.uchast.tally.GeneratedElection;
import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.control.PabulibWriter;
import ua.uchast.tally.control.PublishedRule;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.NoticeCode;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TieCriterion;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TieOrderRule;
import ua.uchast.testsupport.Refusals;
import ua.uchast.testsupport.TwoHromadaDatabase;
import ua.uchast.testsupport.TwoHromadas;
import ua.uchast.testsupport.Wiring;
import ua.uchast.voting.entity.CastBallot;
import ua.uchast.voting.entity.Channel;
import ua.uchast.voting.entity.Choices;

/**
 * The tally boundary against a real MariaDB: the nine real elections imported as cycles give their official winners,
 * the export reads back the same, and who may do what when.
 */
class TallyAdministrationIT {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @RegisterExtension
    static final TwoHromadaDatabase DATABASE = new TwoHromadaDatabase("it_tally");

    private static <T> T as(StaffMember staff, Function<TallyAdministration, T> action) {
        return DATABASE.persistence().call(entityManager -> action.apply(new Wiring(entityManager, TwoHromadas.as(staff), CLOCK)
                .tallyAdministration()));
    }

    /** A cycle of hromada A, planned and published (a draft is seen by nobody but staff, and is never tallied). */
    private static BudgetCycle publishedCycle(int year, LocalDate submissionStart) {
        return DATABASE.persistence().call(entityManager -> {
            CycleAdministration cycles = new Wiring(entityManager, TwoHromadas.as(DATABASE.hromadas().adminA), CLOCK)
                    .cycleAdministration();
            return cycles.publish(cycles.plan(CyclePlans.valid(year, submissionStart)).id());
        });
    }

    static Stream<Path> realElections() {
        return Stream.concat(PabulibFiles.all().stream(), PabulibFiles.variants().stream());
    }

    /** Each file goes to a hromada of its own: several were held in the same year. */
    @ParameterizedTest
    @MethodSource("realElections")
    void aRealElectionImportedAsACycleTalliesToItsOfficialWinnersAndExportsToTheSame(Path file) {
        PbElection original = PabulibFiles.parse(file);
        String slug = "pb-" + file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("-pb$", "");
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), slug.substring(0, Math.min(40, slug.length())));

        BudgetCycle cycle = as(admin, tally -> tally.importHistoricCycle(bytes(file), ""));
        CycleTally tally = as(admin, administration -> administration.tally(cycle.id()));

        CategoryTally category = tally.categories().get(0);
        List<String> official = PabulibFiles.officialWinners(original);
        assertEquals(official, category.result().winners(), file.getFileName().toString());
        assertEquals(original.voterCount(), category.voters());

        BallotFile export = as(admin, administration -> administration.exportBallots(cycle.id(), category.categoryId()));
        assertEquals("cycle-" + cycle.id() + ".pb", export.fileName());
        PbElection exported = parse(export.content());
        PublishedRule.Reading rule = PublishedRule.read(exported, exported.ruleName().orElseThrow());
        TallyResult reTallied = new Tallying().tally(exported, new TallyOptions(rule.rule(), TieOrderRule.FILE_ORDER,
                false, rule.exclusions()));
        assertEquals(official, reTallied.winners(), "the exported file tallies the same");
        assertEquals(original.voterCount(), exported.voterCount());
        assertEquals(original.ballots(), exported.ballots());
        String text = new String(export.content(), StandardCharsets.UTF_8);
        assertTrue(text.contains("\n1;") && text.contains("\n" + original.voterCount() + ";"), "voters are 1..n");
        String votesHeader = text.substring(text.indexOf("VOTES\n") + 6).lines().findFirst().orElseThrow();
        assertTrue(List.of("voter_id;vote", "voter_id;vote;points").contains(votesHeader), votesHeader);
    }

    @Test
    void thresholdsAndPointsCarryOverIntoTheCycleRules() {
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "rules-katowice");
        BudgetCycle katowice = as(admin, tally -> tally.importHistoricCycle(
                bytes(PabulibFiles.named("Poland_Katowice")), "Katowice Zawodzie"));
        assertEquals(TallyRule.GREEDY, katowice.rules().tallyRule());
        assertEquals(50, katowice.rules().minVotesToWin());
        assertEquals(2023, katowice.year());
        assertEquals(LocalDate.of(2023, 9, 11), katowice.phases().votingStart());
        assertEquals(505_327, katowice.categories().get(0).budget().hryvnias());
        assertEquals("Katowice Zawodzie", katowice.title());

        CategoryTally result = as(admin, tally -> tally.tally(katowice.id())).categories().get(0);
        assertEquals(46, result.result().outcomeOf("L3/09/X").orElseThrow().score(), "points, not voters");
        assertEquals(ua.uchast.tally.entity.Outcome.BELOW_THRESHOLD,
                result.result().outcomeOf("L3/09/X").orElseThrow().outcome());

        AuditEntry run = latestAuditEntry(admin.hromadaId());
        assertEquals("tally.run", run.action());
        assertEquals(katowice.id(), run.subjectId());
    }

    @Test
    void theImportIsAuditedAndTheSameYearTwiceIsRefused() {
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "twice-gdynia");
        byte[] gdynia = bytes(PabulibFiles.named("Poland_Gdynia"));
        BudgetCycle cycle = as(admin, tally -> tally.importHistoricCycle(gdynia, "Gdynia"));
        AuditEntry imported = latestAuditEntry(admin.hromadaId());
        assertEquals("tally.imported", imported.action());
        assertTrue(imported.after().contains("\"voters\":2066"), imported.after());
        assertEquals(TallyRule.GREEDY_NO_SKIP, cycle.rules().tallyRule());

        Refusals.assertRefused(() -> as(admin, tally -> tally.importHistoricCycle(gdynia, "Gdynia again")), null,
                "cycle.yearTaken");
    }

    @Test
    void aMalformedFileIsRefusedWithItsLineAndNothingIsSaved() throws IOException {
        String good = Files.readString(PabulibFiles.named("Poland_Gdynia"));
        List<String> lines = good.lines().toList();
        int votesHeader = lines.indexOf("voter_id;vote;age;sex") + 1;
        StringBuilder broken = new StringBuilder();
        for (int line = 1; line <= lines.size(); line++) {
            broken.append(line == votesHeader + 3 ? "broken-voter;7,99;30;M" : lines.get(line - 1)).append('\n');
        }
        long cycles = DATABASE.persistence().count("BudgetCycle");
        long audit = DATABASE.persistence().count("AuditEntry");
        long elections = storedElections();

        List<FieldViolation> refusal = Refusals.violationsOf(() -> as(DATABASE.hromadas().adminA,
                tally -> tally.importHistoricCycle(broken.toString().getBytes(StandardCharsets.UTF_8), "Broken")));
        assertEquals("tally.notice.UNKNOWN_PROJECT_IN_VOTE", refusal.get(0).messageKey());
        assertEquals("file", refusal.get(0).field());
        assertEquals(List.of(Integer.toString(votesHeader + 3), "99"), refusal.get(0).arguments(), refusal.toString());
        assertEquals("Рядок " + (votesHeader + 3) + ": голос називає проєкт «99», якого немає в PROJECTS.",
                UiText.format(UiText.UKRAINIAN, refusal.get(0).messageKey(), refusal.get(0).arguments().toArray()),
                "shown in Ukrainian from its code");
        assertEquals(cycles, DATABASE.persistence().count("BudgetCycle"));
        assertEquals(audit, DATABASE.persistence().count("AuditEntry"));
        assertEquals(elections, storedElections());

        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, tally -> tally.importHistoricCycle(new byte[0], "Empty")),
                "file", "tally.import.noFile");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, tally -> tally.importHistoricCycle(
                "<html>not a pb</html>".getBytes(StandardCharsets.UTF_8), "HTML")), "file", "tally.notice.TEXT_BEFORE_META");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, tally -> tally.importHistoricCycle(
                pbFile("rule;greedy-custom", "comment;#1: the council drew lots between tied districts"), "Custom")),
                "file", "tally.notice.CUSTOM_RULE_UNKNOWN");
        assertEquals(cycles, DATABASE.persistence().count("BudgetCycle"));
        assertEquals(elections, storedElections());
    }

    @Test
    void onlyTheCyclesOwnAdministratorMayImportTallyOrExport() {
        StaffMember admin = DATABASE.hromadas().adminA;
        BudgetCycle cycle = as(admin, tally -> tally.importHistoricCycle(
                bytes(PabulibFiles.named("Netherlands_Assen")), "Assen"));
        Long category = cycle.categories().get(0).id();

        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().adminB, tally -> tally.tally(cycle.id())));
        assertThrows(AccessDeniedException.class,
                () -> as(DATABASE.hromadas().adminB, tally -> tally.exportBallots(cycle.id(), category)));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA, tally -> tally.tally(cycle.id())));
        assertThrows(AccessDeniedException.class, () -> as(DATABASE.hromadas().commissionA,
                tally -> tally.importHistoricCycle(new byte[] {1}, "Commission")));
        assertThrows(AccessDeniedException.class, () -> as(null, tally -> tally.tally(cycle.id())));
        assertEquals(PabulibFiles.officialWinners(PabulibFiles.parse("Netherlands_Assen")),
                as(admin, tally -> tally.tally(cycle.id())).categories().get(0).result().winners());
    }

    @Test
    void aCycleIsNotTalliedWhileVotingIsOpen() {
        BudgetCycle voting = DATABASE.persistence().call(entityManager -> new Wiring(entityManager,
                TwoHromadas.as(DATABASE.hromadas().adminA), CLOCK).cycleAdministration()
                .plan(CyclePlans.valid(2040, TODAY.minusDays(65))));
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA, tally -> tally.tally(voting.id())), null,
                "tally.votingNotClosed");
        Refusals.assertRefused(() -> as(DATABASE.hromadas().adminA,
                tally -> tally.exportBallots(voting.id(), voting.categories().get(0).id())), null,
                "tally.votingNotClosed");
    }

    @Test
    void aCycleWithoutBallotsTalliesToNothingPerCategory() {
        BudgetCycle closed = publishedCycle(2041, TODAY.minusDays(200));
        CycleTally tally = as(DATABASE.hromadas().adminA, administration -> administration.tally(closed.id()));
        assertEquals(2, tally.categories().size());
        assertFalse(tally.categories().get(0).hasBallots());
    }

    @Test
    void ballotsCastOnThePlatformAreCountedPerProjectAndOnlyTheCyclesOwn() {
        BudgetCycle closed = publishedCycle(2042, TODAY.minusDays(200));
        BudgetCycle other = publishedCycle(2043, TODAY.minusDays(200));
        Long category = closed.categories().get(0).id();
        List<Long> projects = Stream.of("Сквер", "Ліхтарі", "Лавки").map(title -> DATABASE.persistence().call(entityManager ->
                AcceptedProjects.project(entityManager, closed, entityManager.createQuery("select t.id from Territory t "
                        + "where t.hromada.id = :hromada", Long.class).setParameter("hromada", closed.hromadaId())
                        .setMaxResults(1).getSingleResult(), DATABASE.hromadas().commissionA.accountId(), title, 100_000,
                        true))).toList();
        List<List<Long>> ballots = List.of(List.of(projects.get(0), projects.get(1)), List.of(projects.get(1), projects.get(0)),
                List.of(projects.get(0)), List.of(projects.get(2)));
        DATABASE.persistence().run(entityManager -> {
            ballots.forEach(chosen -> entityManager.persist(new CastBallot(closed.id(), Channel.PROVIDER,
                    Choices.of(Map.of(category, chosen)), "receipt-" + chosen)));
            entityManager.persist(new CastBallot(other.id(), Channel.PAPER, Choices.of(Map.of(category, projects)), "other"));
        });

        CategoryTally tally = as(DATABASE.hromadas().adminA, administration -> administration.tally(closed.id()))
                .categories().get(0);

        assertEquals(4, tally.voters());
        assertEquals(List.of(3L, 2L, 1L), projects.stream().map(id -> tally.result().outcomeOf(String.valueOf(id))
                .orElseThrow().votes()).toList());
    }

    @Test
    void aHundredThousandBallotsImportInSeconds() throws IOException {
        PbElection large = GeneratedElection.approval(100_000, 200, 20_240_601L);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new PabulibWriter().write(large, Optional.empty(), file);
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "large-100k");

        long start = System.nanoTime();
        BudgetCycle cycle = as(admin, tally -> tally.importHistoricCycle(file.toByteArray(), "100 000 ballots"));
        long imported = System.nanoTime();
        CycleTally tally = as(admin, administration -> administration.tally(cycle.id()));
        long tallied = System.nanoTime();

        System.out.printf("TallyAdministrationIT: import of %d ballots (%d distinct, %.1f MB) %d ms, load + %s %d ms%n",
                large.voterCount(), large.ballots().size(), file.size() / 1e6, (imported - start) / 1_000_000,
                cycle.rules().tallyRule().pabulibName(), (tallied - imported) / 1_000_000);
        assertEquals(100_000, tally.categories().get(0).voters());
        assertEquals(new Tallying().tally(large, ua.uchast.tally.entity.CountingRule.EQUAL_SHARES_ADD1,
                TieOrderRule.FILE_ORDER).winners(), tally.categories().get(0).result().winners());
    }

    @Test
    void anImportedElectionIsARecordInItsOwnCurrencyWithItsExactBudgetAndItsOwnRule() {
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "krakow-bienczyce");
        BudgetCycle krakow = as(admin, tally -> tally.importHistoricCycle(
                bytes(PabulibFiles.variant("Poland_Krakow_2023")), "Kraków Bieńczyce"));

        HistoricRecord record = krakow.historic().orElseThrow();
        assertEquals("PLN", record.currency());
        assertEquals(0, new BigDecimal("1331751.11").compareTo(record.budget()));
        assertEquals("greedy", record.countingRule());
        assertEquals(1_331_752, krakow.totalBudget().hryvnias(), "the cycle counts whole units, rounded up");
        CategoryTally category = as(admin, tally -> tally.tally(krakow.id())).categories().get(0);
        assertEquals("PLN", category.currency());
        assertEquals(new BigDecimal("1331751.11"), category.amount(category.result().budget()));

        StaffMember poznanAdmin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "poznan-10");
        BudgetCycle poznan = as(poznanAdmin, tally -> tally.importHistoricCycle(
                bytes(PabulibFiles.variant("Poland_Poznan")), ""));
        assertEquals("greedy-no-skip-80", poznan.historic().orElseThrow().countingRule());
        assertTrue(latestAuditEntry(poznanAdmin.hromadaId()).after().contains("\"countedAs\":\"greedy-no-skip-80\""));
        CategoryTally poznanTally = as(poznanAdmin, tally -> tally.tally(poznan.id())).categories().get(0);
        assertEquals(CountingRule.GREEDY_NO_SKIP_80, poznanTally.result().rule());
        assertEquals(List.of(NoticeCode.CUSTOM_RULE_READ), poznanTally.notices().stream().map(Notice::code).toList());
    }

    @Test
    void readingWarningsAreKeptWithTheBallotsAndShownWithTheTally() {
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "warszawa-brodno");
        BudgetCycle brodno = as(admin, tally -> tally.importHistoricCycle(
                bytes(PabulibFiles.variant("Poland_Warszawa_2026_Brodno")), ""));

        CategoryTally category = as(admin, tally -> tally.tally(brodno.id())).categories().get(0);

        assertEquals(1, category.notices().size());
        assertEquals(NoticeCode.REPEATED_CHOICE_APPROVAL, category.notices().get(0).code());
        assertEquals(PabulibFiles.parse(PabulibFiles.variant("Poland_Warszawa_2026_Brodno")).notices(),
                category.notices(), "the line and the project as read");
    }

    @Test
    void anImportedElectionKeepsTheFilesTieOrderWhileAPlatformCycleKeepsItsOwn() {
        StaffMember admin = TwoHromadas.administratorOfNewHromada(DATABASE.persistence(), "tie-order");
        // a and b tie on two votes and only one fits: a is first in the file, b is cheaper.
        byte[] file = pbFile("rule;greedy", "date_begin;01.06.2024", "date_end;14.06.2024");
        BudgetCycle imported = as(admin, tally -> tally.importHistoricCycle(file, "Tie"));

        TallyResult result = as(admin, tally -> tally.tally(imported.id())).categories().get(0).result();

        assertEquals(List.of("a"), result.winners());
        assertEquals(List.of(TieCriterion.FILE_ORDER), result.ties().get(0).decidedBy());
        assertEquals(List.of("b"), new Tallying().tally(parse(file), CountingRule.GREEDY,
                TieOrderRule.LOWER_COST_THEN_FILE_ORDER).winners(), "a platform cycle's default, cheaper first");
    }

    /** A small approval election: a (60) and b (50) tie on two votes, the budget (60) fits one; extra META lines. */
    private static byte[] pbFile(String... meta) {
        List<String> lines = new java.util.ArrayList<>(List.of("META", "key;value", "budget;60", "vote_type;approval"));
        lines.addAll(List.of(meta));
        lines.addAll(List.of("PROJECTS", "project_id;cost;name", "a;60;Park", "b;50;Library", "VOTES", "voter_id;vote",
                "1;a", "2;b", "3;a,b"));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long storedElections() {
        return DATABASE.persistence().call(entityManager -> ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM tally_election").getSingleResult()).longValue());
    }

    private static PbElection parse(byte[] content) {
        try {
            return new PabulibParser().parse(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PabulibFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static AuditEntry latestAuditEntry(Long hromadaId) {
        return DATABASE.persistence().call(entityManager -> entityManager.createNamedQuery(AuditEntry.OF_HROMADA, AuditEntry.class)
                .setParameter("hromadaId", hromadaId).setMaxResults(1).getSingleResult());
    }
}
