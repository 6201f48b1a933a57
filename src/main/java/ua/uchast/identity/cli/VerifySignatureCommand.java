package ua.uchast.identity.cli;

import java.io.PrintStream;
import java.util.List;

import ua.uchast.platform.cli.CliCommand;

/** PLACEHOLDER: to be replaced by the real command. */
public class VerifySignatureCommand implements CliCommand {

    @Override
    public String name() {
        return "verify-signature";
    }

    @Override
    public String usage() {
        return "verify-signature --trust DIR [--content FILE] [--at TIME] FILE.p7s";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("not implemented yet");
        return EXIT_USAGE;
    }
}
