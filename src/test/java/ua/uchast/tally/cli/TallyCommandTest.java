package ua.uchast.tally.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ua.uchast.platform.cli.CliCommand;
import ua.uchast.tally.PabulibFiles;
import ua.uchast.tally.entity.PbElection;

class TallyCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    static List<Path> files() {
        return java.util.stream.Stream.concat(PabulibFiles.all().stream(), PabulibFiles.variants().stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("files")
    void printsOfficialWinnersInFileOrderAndTotalCost(Path file) {
        PbElection election = PabulibFiles.parse(file);
        List<String> expected = new ArrayList<>(PabulibFiles.officialWinners(election));
        long totalCost = election.projects().stream().filter(project -> expected.contains(project.id()))
                .mapToLong(project -> project.cost()).sum();
        expected.add("total_cost " + election.exactAmount(totalCost).toPlainString());

        assertEquals(CliCommand.EXIT_OK, run(file.toString()));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void ruleOptionOverridesTheFileRule() {
        String gdynia = PabulibFiles.named("Poland_Gdynia").toString();

        assertEquals(CliCommand.EXIT_OK, run(gdynia, "--rule", "greedy"));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().anyMatch("1"::equals));
        out.reset();
        assertEquals(CliCommand.EXIT_OK, run("--rule=greedy-no-skip", gdynia));
        assertTrue(out.toString(StandardCharsets.UTF_8).lines().noneMatch("1"::equals));
    }

    @Test
    void malformedFileExitsWithTwoAndNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.pb");
        Files.writeString(file, String.join("\n", "META", "key;value", "budget;100", "vote_type;approval",
                "rule;greedy", "PROJECTS", "project_id;cost", "a;10", "VOTES", "voter_id;vote", "1;a", "2;b"));

        assertEquals(CliCommand.EXIT_USAGE, run(file.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("bad.pb: Line 12: the vote names project “b”, which is not in PROJECTS."), err.toString());
    }

    /** A small file: META lines, then PROJECTS "id;cost" and VOTES "vote" rows (voters numbered from 1). */
    private static Path file(Path dir, List<String> meta, List<String> projects, List<String> votes) throws Exception {
        List<String> lines = new ArrayList<>(List.of("META", "key;value"));
        lines.addAll(meta);
        lines.addAll(List.of("PROJECTS", "project_id;cost"));
        lines.addAll(projects);
        lines.addAll(List.of("VOTES", "voter_id;vote"));
        for (int voter = 0; voter < votes.size(); voter++) {
            lines.add((voter + 1) + ";" + votes.get(voter));
        }
        Path file = dir.resolve("made.pb");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void decimalAmountsAreCountedExactlyAndTheTotalKeepsItsGrosze(@TempDir Path dir) throws Exception {
        Path file = file(dir, List.of("budget;100.50", "vote_type;approval", "rule;greedy"),
                List.of("a;50.25", "b;50.25", "c;0.01"), List.of("a", "a,b", "b,c"));

        assertEquals(CliCommand.EXIT_OK, run(file.toString()));
        assertEquals(List.of("a", "b", "total_cost 100.50"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void tiesKeepTheFilesOrderAsPabulibsCheckerDoes(@TempDir Path dir) throws Exception {
        // a and b tie on 2 votes; only one fits; a comes first in the file although b is cheaper.
        Path file = file(dir, List.of("budget;60", "vote_type;approval", "rule;greedy"), List.of("a;60", "b;50"),
                List.of("a", "b", "a,b"));

        assertEquals(CliCommand.EXIT_OK, run(file.toString()));
        assertEquals(List.of("a", "total_cost 60"), out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void aProjectNamedTwiceInAVoteCountsOnceWithAWarningNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = file(dir, List.of("budget;60", "vote_type;approval", "rule;greedy"), List.of("a;60", "b;50"),
                List.of("b", "a,a", "a"));

        assertEquals(CliCommand.EXIT_OK, run(file.toString()));
        assertEquals(List.of("a", "total_cost 60"), out.toString(StandardCharsets.UTF_8).lines().toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("made.pb: warning: Line 13: the vote names a more than "
                + "once; it is counted once"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aWithdrawnProjectIsSkippedWithoutStoppingGreedyNoSkip(@TempDir Path dir) throws Exception {
        Path file = file(dir, List.of("budget;100", "vote_type;approval", "rule;greedy-no-skip",
                "comment;#1: project w was withdrawn after the vote, its cost is set to 999999999"),
                List.of("a;60", "w;999999999", "b;30"), List.of("a,w", "a,w", "w,b", "a"));

        assertEquals(CliCommand.EXIT_OK, run(file.toString()));
        assertEquals(List.of("a", "b", "total_cost 90"), out.toString(StandardCharsets.UTF_8).lines().toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("warning: Project w was withdrawn"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void poznansRuleIsNamedAndOtherCustomRulesAreRefusedQuotingTheirComment(@TempDir Path dir) throws Exception {
        List<String> projects = List.of("a;60", "b;50", "c;10");
        List<String> votes = List.of("a", "a", "a", "b", "b", "c");
        Path named = file(dir, List.of("budget;100", "vote_type;approval", "rule;greedy-no-skip-80"), projects, votes);
        assertEquals(CliCommand.EXIT_OK, run(named.toString()));
        assertEquals(List.of("a", "b", "total_cost 110"), out.toString(StandardCharsets.UTF_8).lines().toList());

        out.reset();
        Path lottery = file(dir, List.of("budget;100", "vote_type;approval", "rule;greedy-custom",
                "comment;#1: ties between districts were settled by drawing lots at the council"), projects, votes);
        assertEquals(CliCommand.EXIT_USAGE, run(lottery.toString()));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("describes a rule Uchast does not know, so the election "
                + "cannot be counted faithfully. The comment: “#1: ties between districts were settled by drawing lots "
                + "at the council”"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsWithTwo() {
        String wieliczka = PabulibFiles.named("Poland_Wieliczka").toString();
        assertEquals(CliCommand.EXIT_USAGE, run());
        assertEquals(CliCommand.EXIT_USAGE, run(wieliczka, "--rule", "lottery"));
        assertEquals(CliCommand.EXIT_USAGE, run(wieliczka, "--rule"));
        assertEquals(CliCommand.EXIT_USAGE, run(wieliczka, "--verbose"));
        assertEquals(CliCommand.EXIT_USAGE, run(wieliczka, wieliczka));
        assertEquals(CliCommand.EXIT_USAGE, run("/no/such/file.pb"));
        assertEquals(CliCommand.EXIT_USAGE, run(PabulibFiles.named("Poland_Warszawa_2022").toString(), "--rule",
                "greedy-threshold"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("The rule greedy-threshold needs META "
                + "min_project_score_threshold"), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: tally FILE.pb"));
    }

    private int run(String... args) {
        return new TallyCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
