package ua.uchast.platform.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code uchast-cli.jar}. Exit codes: 0 success, 1 a negative verdict, 2 bad usage or input. */
public interface CliCommand {

    int EXIT_OK = 0;
    int EXIT_NEGATIVE = 1;
    int EXIT_USAGE = 2;

    String name();

    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
