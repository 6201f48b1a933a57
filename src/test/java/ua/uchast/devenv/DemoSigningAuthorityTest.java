package ua.uchast.devenv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ua.uchast.identity.boundary.QualifiedSignatures;
import ua.uchast.identity.boundary.SignatureCheck;
import ua.uchast.identity.cli.SignBallotCommand;
import ua.uchast.identity.control.ResidentKeys;
import ua.uchast.identity.entity.Rnokpp;
import ua.uchast.platform.cli.CliCommand;

class DemoSigningAuthorityTest {

    @TempDir
    Path data;

    @Test
    void theDemoKeyIsMadeOnceAndItsSignaturesAreAcceptedForYears() throws Exception {
        DemoSigningAuthority demo = DemoSigningAuthority.keep(data.resolve("demo-ca"));
        byte[] key = Files.readAllBytes(demo.voterKey());
        byte[] ballot = "{\"cycle\":1}".getBytes(StandardCharsets.UTF_8);
        Path document = Files.write(data.resolve("ballot.json"), ballot);

        DemoSigningAuthority again = DemoSigningAuthority.keep(data.resolve("demo-ca"));
        assertArrayEquals(key, Files.readAllBytes(again.voterKey()), "kept across runs");

        ByteArrayOutputStream signature = new ByteArrayOutputStream();
        assertEquals(CliCommand.EXIT_OK, new SignBallotCommand().run(List.of("--key", demo.voterKey().toString(),
                "--password-file", demo.passwordFile().toString(), document.toString()), new PrintStream(signature), System.err));
        QualifiedSignatures channel = new QualifiedSignatures(Optional.of(demo.trustFolder().toString()), false,
                new ResidentKeys("demo-signing-authority-test-secret-0123"), Clock.systemUTC());
        SignatureCheck now = channel.check(signature.toByteArray(), ballot, Instant.now());
        SignatureCheck inFourYears = channel.check(signature.toByteArray(), ballot, Instant.now().plus(4 * 365, ChronoUnit.DAYS));

        assertTrue(now.accepted(), now.reasonCode());
        assertTrue(inFourYears.accepted(), inFourYears.reasonCode());
        assertEquals(LocalDate.of(1985, 6, 15), now.person().birthDate());
        assertEquals(Rnokpp.Gender.MALE, now.person().gender());
        assertTrue(Rnokpp.isValid(DemoSigningAuthority.DEMO_VOTER_RNOKPP));
        assertTrue(demo.exampleCommand(Path.of("target/uchast-cli.jar")).startsWith("java -jar target/uchast-cli.jar sign-ballot --key "));
    }
}
