package ua.uchast.tally.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.entity.EqualSharesReport;
import ua.uchast.tally.entity.Exclusions;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyProject;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.CountingRule;
import ua.uchast.tally.entity.TieOrderRule;

/** Every real election gives its official winners with its META rule, computed from VOTES alone. */
class PabulibConformanceTest {

    private final Tallying tallying = new Tallying();

    static Stream<Path> files() {
        return PabulibFiles.all().stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void officialWinnersFromVotesAlone(Path file) {
        PbElection election = PabulibFiles.parse(file);
        TallyResult result = tally(withoutFileTallies(election));

        assertEquals(PabulibFiles.officialWinners(election), result.winners(), file.getFileName().toString());
        assertEquals(result.winners().stream().mapToLong(id -> cost(election, id)).sum(), result.totalCost());
    }

    @ParameterizedTest
    @MethodSource("files")
    void exportThenImportGivesTheSameWinners(Path file) throws Exception {
        PbElection election = PabulibFiles.parse(file);
        TallyResult original = tally(election);
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        new PabulibWriter().write(election, Optional.of(original), exported);

        PbElection reimported = new PabulibParser().parse(new ByteArrayInputStream(exported.toByteArray()));

        assertEquals(original.winners(), tally(reimported).winners());
        assertEquals(original.winners(), PabulibFiles.officialWinners(reimported));
        assertEquals(election.voterCount(), reimported.voterCount());
        String text = exported.toString(StandardCharsets.UTF_8);
        assertFalse(election.ballots().isEmpty() && text.contains("voting_method"), "other VOTES columns are dropped");
    }

    @Test
    void wieliczkaKeepsEqualSharesAfterComparison() {
        TallyResult result = tally(PabulibFiles.parse("Poland_Wieliczka"));

        EqualSharesReport report = result.equalShares().orElseThrow();
        assertFalse(report.greedyChosenByComparison());
        assertEquals(1615, report.votersPreferringEqualShares());
        assertEquals(873, report.votersPreferringGreedy());
        assertTrue(report.perVoterBudget() >= 313 && report.perVoterBudget() <= 315, "per voter " + report.perVoterBudget());
        assertEquals(995_079, result.totalCost());
    }

    @Test
    void wieliczkaStoppingAtFirstExhaustiveOutcomeIsNotTheOfficialResult() {
        PbElection election = PabulibFiles.parse("Poland_Wieliczka");
        TallyResult result = tallying.tally(election,
                new TallyOptions(CountingRule.EQUAL_SHARES_ADD1_COMPARISON, TieOrderRule.FILE_ORDER, true,
                        Exclusions.NONE));

        List<String> official = PabulibFiles.officialWinners(election);
        assertEquals(302, result.equalShares().orElseThrow().perVoterBudget());
        assertTrue(result.winners().containsAll(List.of("66", "67")));
        assertFalse(result.winners().contains("46"));
        assertTrue(official.contains("46"));
        assertEquals(official.size() + 1, result.winners().size());
    }

    @Test
    void assenSpendsTheOfficialAmount() {
        TallyResult result = tally(PabulibFiles.parse("Netherlands_Assen"));

        assertEquals(2033, result.equalShares().orElseThrow().perVoterBudget());
        assertEquals(76_700, result.totalCost());
    }

    private TallyResult tally(PbElection election) {
        CountingRule rule = CountingRule.fromPabulibName(election.ruleName().orElseThrow()).orElseThrow();
        return tallying.tally(election, rule, TieOrderRule.FILE_ORDER);
    }

    /** The same election with the file's own votes, score and selected columns blanked. */
    private static PbElection withoutFileTallies(PbElection election) {
        List<TallyProject> projects = election.projects().stream().map(project -> {
            var attributes = new java.util.LinkedHashMap<>(project.attributes());
            attributes.replaceAll((column, value) -> List.of("votes", "score", "selected").contains(column) ? "0" : value);
            return new TallyProject(project.id(), project.cost(), attributes);
        }).toList();
        return new PbElection(election.meta(), election.budget(), election.voteType(), projects, election.ballots());
    }

    private static long cost(PbElection election, String id) {
        return election.projects().stream().filter(project -> project.id().equals(id)).findFirst().orElseThrow().cost();
    }
}
