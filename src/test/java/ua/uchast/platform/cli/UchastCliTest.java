package ua.uchast.platform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class UchastCliTest {

    @Test
    void theCommandsAreFoundWithoutThePlatformNamingThem() {
        assertEquals(List.of("tally", "verify-signature", "sign-ballot", "create-operator", "check-ballot-file"),
                UchastCli.commands().stream().map(CliCommand::name).toList());
    }

    @Test
    void anUnknownCommandListsTheUsageOfEach() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = UchastCli.run(List.of("frobnicate"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(CliCommand.EXIT_USAGE, exit);
        String usage = err.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("Unknown command: frobnicate"));
        assertTrue(usage.contains("sign-ballot --key FILE.p12") && usage.contains("tally FILE.pb")
                && usage.contains("verify-signature --trust DIR"), usage);
    }

    @Test
    void aCommandIsRunWithTheRestOfTheArguments() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertEquals(CliCommand.EXIT_USAGE, UchastCli.run(List.of("verify-signature"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--trust DIR is required"));
    }
}
