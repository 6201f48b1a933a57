package ua.uchast.tally.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ua.uchast.platform.cli.CliCommand;
import ua.uchast.platform.control.UiText;
import ua.uchast.tally.boundary.Tallying;
import ua.uchast.tally.control.PabulibFormatException;
import ua.uchast.tally.control.PabulibParser;
import ua.uchast.tally.control.PublishedRule;
import ua.uchast.tally.control.RuleRefusedException;
import ua.uchast.tally.entity.Notice;
import ua.uchast.tally.entity.PbElection;
import ua.uchast.tally.entity.TallyOptions;
import ua.uchast.tally.entity.TallyResult;
import ua.uchast.tally.entity.TieOrderRule;

/**
 * {@code tally FILE.pb [--rule RULE]}: tallies a pabulib file from its VOTES alone and prints the winning project ids
 * in PROJECTS order, then {@code total_cost N} (exact, with the file's decimal places). Without {@code --rule} the
 * file's META {@code rule} is used. Ties on score keep the file's order, as pabulib's checker does. Warnings go to
 * standard error, one a line, and do not change the exit code.
 */
public class TallyCommand implements CliCommand {

    private static final String RULE_OPTION = "--rule";
    /** Equal Shares computes this many per-voter budgets at once, one per core. */
    private static final int LOOK_AHEAD = Math.min(2, Runtime.getRuntime().availableProcessors());

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public String usage() {
        return "tally FILE.pb [--rule " + String.join("|", PublishedRule.names()) + "]";
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
            err.println(file + ": " + english(e.notice()));
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println(file + ": cannot read the file: " + e.getMessage());
            return EXIT_USAGE;
        }
        Optional<String> chosenRule = Optional.ofNullable(ruleName).or(election::ruleName);
        if (chosenRule.isEmpty()) {
            return usageError(err, file + " has no META rule; give one with --rule");
        }
        PublishedRule.Reading reading;
        try {
            reading = PublishedRule.read(election, chosenRule.get());
        } catch (RuleRefusedException e) {
            return usageError(err, file + ": " + english(e.notice()));
        }
        warn(err, file, election.notices());
        warn(err, file, reading.notices());
        TallyResult result = tally(election, new TallyOptions(reading.rule(), TieOrderRule.FILE_ORDER, false,
                reading.exclusions()));
        result.winners().forEach(out::println);
        out.println("total_cost " + election.exactAmount(result.totalCost()).toPlainString());
        return EXIT_OK;
    }

    private static TallyResult tally(PbElection election, TallyOptions options) {
        if (LOOK_AHEAD < 2) {
            return new Tallying().tally(election, options);
        }
        ExecutorService executor = Executors.newFixedThreadPool(LOOK_AHEAD, runnable -> {
            Thread thread = new Thread(runnable, "tally");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new Tallying(executor, LOOK_AHEAD).tally(election, options);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void warn(PrintStream err, String file, List<Notice> notices) {
        for (Notice notice : notices) {
            err.println(file + ": warning: " + english(notice));
        }
    }

    private static String english(Notice notice) {
        return UiText.format(Locale.ENGLISH, notice.messageKey(), notice.messageArguments());
    }

    private int usageError(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: " + usage());
        return EXIT_USAGE;
    }
}
