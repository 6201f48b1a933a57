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
        return PabulibFiles.all();
    }

    @ParameterizedTest
    @MethodSource("files")
    void printsOfficialWinnersInFileOrderAndTotalCost(Path file) {
        PbElection election = PabulibFiles.parse(file);
        List<String> expected = new ArrayList<>(PabulibFiles.officialWinners(election));
        long totalCost = election.projects().stream().filter(project -> expected.contains(project.id()))
                .mapToLong(project -> project.cost()).sum();
        expected.add("total_cost " + totalCost);

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
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: tally FILE.pb"));
    }

    private int run(String... args) {
        return new TallyCommand().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
