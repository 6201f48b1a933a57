package ua.uchast.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BENCHMARKS.md: the machine, every figure with its repetitions, ratio and target, and where the server's time went. */
final class Report {

    private record Row(String name, String how, Repeated values, String unit, String ratio, String target, Boolean holds,
                       String profile) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Repeated> yardsticks = new LinkedHashMap<>();
    private final Map<String, Double> generated = new LinkedHashMap<>();
    private final Map<String, Profiles.HotFrames> hotFrames = new LinkedHashMap<>();
    private String machine;
    private String started;
    private String finished;
    private String smokeRun;

    void machine(Instant when, String loadAverage) {
        started = "load average " + loadAverage + " when it started";
        machine = Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), " + memory() + " memory, Java "
                + System.getProperty("java.runtime.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + "; run on "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").format(when.atZone(ZoneId.systemDefault()));
    }

    /** Sizes below the published ones: the file says, first thing, that its numbers are no measurement. */
    void smokeRun(String settings) {
        smokeRun = settings;
    }

    void finished(Instant when, Duration took, String loadAverage) {
        finished = "load average " + loadAverage + " when it ended; the whole run took " + took.toMinutes() + " min "
                + took.toSecondsPart() + " s";
    }

    void generated(Map<String, Double> secondsTaken) {
        generated.putAll(secondsTaken);
    }

    void yardstick(String name, String how, Repeated values, String unit) {
        yardsticks.put(name, values);
        rows.add(new Row(name, how, values, unit, "", "the yardstick", null, null));
    }

    Repeated yardstickValue(String name) {
        return yardsticks.get(name);
    }

    void figure(String name, String how, Repeated values, String unit, String ratio, String target, Boolean holds,
                String profile) {
        rows.add(new Row(name, how, values, unit, ratio, target, holds, profile));
    }

    void profiles(Map<String, Profiles.Stretch> recordings) {
        recordings.forEach((phase, stretch) -> hotFrames.put(phase, Profiles.hotFrames(phase, stretch, 12)));
    }

    String markdown(String changes) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        if (smokeRun != null) {
            md.append("> **SMOKE RUN — not a measurement.** Written with ").append(smokeRun).append(": less data, ")
                    .append("shorter loads and fewer repetitions than the published figures, to check that the command ")
                    .append("produces every figure. Do not read or compare these numbers; run `mvn -B -Pbench verify` ")
                    .append("without those properties for the real ones.\n\n");
        }
        md
                .append("Written by `mvn -B -Pbench verify` (README, \"Performance\"); every number below comes from that one run.\n\n")
                .append("- **Machine:** ").append(machine).append(".\n")
                .append("- **Load:** ").append(started).append("; ").append(finished).append(". The machine is shared ")
                .append("with other builds, so absolute numbers drift: read the ratios, measured side by side in the same ")
                .append("repetition.\n")
                .append("- **Method:** a fresh platform started as the run command starts it (embedded MariaDB with its data ")
                .append("under `target/bench`, Payara Micro with the WAR, demo data off), filled by bulk inserts; load from ")
                .append("this separate JVM over loopback (Java HttpClient, one thread per client, closed loop, no pauses), ")
                .append("bounded in count and time. Each figure is the median of its repetitions, with (min–max). The server ")
                .append("runs with Java Flight Recorder on (default settings), for the profiles below.\n\n");
        md.append("| figure | how | median (min–max) | ratio | target | holds |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            md.append("| ").append(row.name()).append(" | ").append(row.how()).append(" | ")
                    .append(row.values().text(decimals(row))).append(' ').append(row.unit())
                    .append(" (n=").append(row.values().count()).append(')')
                    .append(" | ").append(row.ratio()).append(" | ").append(row.target()).append(" | ")
                    .append(row.holds() == null ? "—" : row.holds() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n## Data\n\nGenerated with JDBC batches and INSERT … SELECT:\n\n");
        generated.forEach((what, seconds) -> md.append("- ").append(what).append(": ")
                .append(Repeated.number(seconds, 1)).append(" s\n"));
        md.append("\n## Where the server's time goes\n\nJava Flight Recorder execution samples of the Payara Micro process, ")
                .append("per phase of the run (the files are in `target/bench/jfr/`). Left: the method on top of the stack; ")
                .append("right: the first frame of Uchast's own code below it (where in our code the time was spent).\n\n");
        for (Map.Entry<String, Profiles.HotFrames> phase : hotFrames.entrySet()) {
            boolean missed = rows.stream().anyMatch(row -> phase.getKey().equals(row.profile()) && Boolean.FALSE.equals(row.holds()));
            md.append("### ").append(phase.getKey()).append(missed ? " (a target missed)" : "").append("\n\n")
                    .append(phase.getValue().markdown()).append("\n");
        }
        if (!changes.isBlank()) {
            md.append(changes.strip()).append("\n");
        }
        return md.toString();
    }

    private static int decimals(Row row) {
        double median = row.values().median();
        return median >= 100 ? 0 : median >= 10 ? 1 : median >= 1 ? 2 : 3;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.replaceAll("^[^:]*:\\s*", "")).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
