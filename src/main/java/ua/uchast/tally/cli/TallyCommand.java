package ua.uchast.tally.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import ua.uchast.platform.cli.CliCommand;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TallyRule;
import ua.uchast.tally.entity.TieBreak;

/**
 * {@code tally FILE.pb [--rule RULE]}: tallies a pabulib file from its VOTES alone and prints the winning project ids
 * in PROJECTS order, then {@code total_cost N}. Without {@code --rule} the file's META {@code rule} is used.
 */
public class TallyCommand implements CliCommand {

    private static final String RULE_OPTION = "--rule";

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public String usage() {
        return "tally FILE.pb [--rule " + Arrays.stream(TallyRule.values()).map(TallyRule::pabulibName)
                .collect(Collectors.joining("|")) + "]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        String ruleName = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(RULE_OPTION) && i + 1 < args.size() && ruleName == null) {
                ruleName = args.get(++i);
            } else if (arg.startsWith(RULE_OPTION + "=") && ruleName == null) {
                ruleName = arg.substring(RULE_OPTION.length() + 1);
            } else if (!arg.startsWith("-") && file == null) {
                file = arg;
            } else {
                return usageError(err, "unexpected argument: " + arg);
            }
        }
        if (file == null) {
            return usageError(err, "no .pb file given");
        }
        PbElection election;
        try {
            election = new PabulibParser().parse(Path.of(file));
        } catch (PabulibFormatException e) {
            err.println(file + ": line " + e.lineNumber() + ": " + e.problem());
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println(file + ": cannot read the file: " + e.getMessage());
            return EXIT_USAGE;
        }
        Optional<String> chosenRule = Optional.ofNullable(ruleName).or(election::ruleName);
        if (chosenRule.isEmpty()) {
            return usageError(err, file + " has no META rule; give one with --rule");
        }
        Optional<TallyRule> rule = TallyRule.fromPabulibName(chosenRule.get());
        if (rule.isEmpty()) {
            return usageError(err, "unknown rule '" + chosenRule.get() + "'");
        }
        TallyResult result;
        try {
            result = new Tallying().tally(election, rule.get(), TieBreak.PABULIB_DEFAULT);
        } catch (IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return EXIT_USAGE;
        }
        result.winners().forEach(out::println);
        out.println("total_cost " + result.totalCost());
        return EXIT_OK;
    }

    private int usageError(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: " + usage());
        return EXIT_USAGE;
    }
}
