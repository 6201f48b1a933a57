package ua.uchast.platform.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import ua.uchast.identity.cli.VerifySignatureCommand;
import ua.uchast.tally.cli.TallyCommand;
import ua.uchast.voting.cli.CheckBallotFileCommand;

/** Entry point of {@code java -jar target/uchast-cli.jar COMMAND ...}. */
public final class UchastCli {

    private static final List<CliCommand> COMMANDS = List.of(new TallyCommand(), new VerifySignatureCommand(),
            new CheckBallotFileCommand());

    private UchastCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            for (CliCommand command : COMMANDS) {
                if (command.name().equals(args.get(0))) {
                    return command.run(args.subList(1, args.size()), out, err);
                }
            }
            err.println("Unknown command: " + args.get(0));
        }
        err.println("Usage: java -jar uchast-cli.jar COMMAND ...");
        COMMANDS.forEach(command -> err.println("  " + command.usage()));
        return CliCommand.EXIT_USAGE;
    }
}
