package ua.uchast.platform.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Entry point of {@code java -jar target/uchast-cli.jar COMMAND ...}. The commands are found with
 * {@link ServiceLoader} (listed in {@code META-INF/services/ua.uchast.platform.cli.CliCommand}), so the platform
 * depends on no component that contributes one.
 */
public final class UchastCli {

    private UchastCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Arrays.asList(args), out, err));
    }

    static List<CliCommand> commands() {
        return ServiceLoader.load(CliCommand.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<CliCommand> commands = commands();
        if (!args.isEmpty()) {
            for (CliCommand command : commands) {
                if (command.name().equals(args.get(0))) {
                    return command.run(args.subList(1, args.size()), out, err);
                }
            }
            err.println("Unknown command: " + args.get(0));
        }
        err.println("Usage: java -jar uchast-cli.jar COMMAND ...");
        commands.forEach(command -> err.println("  " + command.usage()));
        return CliCommand.EXIT_USAGE;
    }
}
