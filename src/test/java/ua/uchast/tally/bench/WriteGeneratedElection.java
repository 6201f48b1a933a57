package ua.uchast.tally.bench;

import java.nio.file.Path;
import java.util.Optional;

import ua.uchast.tally.GeneratedElection;
import ua.uchast.tally.control.PabulibWriter;

/**
 * Writes the generated 100,000 x 200 election of {@code LargeElectionTest} as a pabulib file, for timing the CLI:
 * {@code java -cp target/test-classes:target/classes ua.uchast.tally.bench.WriteGeneratedElection target/large.pb}.
 */
public final class WriteGeneratedElection {

    private WriteGeneratedElection() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/large-100000x200.pb");
        int voters = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int projects = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20_240_601L;
        new PabulibWriter().write(GeneratedElection.approval(voters, projects, seed), Optional.empty(), file);
        System.out.println("wrote " + file);
    }
}
