package ua.uchast.tally.cli;

import java.io.PrintStream;
import java.util.List;

import ua.uchast.platform.cli.CliCommand;

/** PLACEHOLDER: to be replaced by the real command. */
public class TallyCommand implements CliCommand {

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public String usage() {
        return "tally FILE.pb [--rule RULE]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("not implemented yet");
        return EXIT_USAGE;
    }
}
