package ua.uchast.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Writes RELIABILITY.md from the last test run: the JUnit reports in target/failsafe-reports and target/surefire-reports
 * (passed or not, how long) and what each hostile test noted in target/reliability/ (what it tried, how many times,
 * what held), plus the seed inputs each fuzz test ran. Run after {@code mvn -B verify} with
 * {@code mvn -o -B -Preliability-report process-test-classes} (arguments: the project folder, the output file).
 */
public final class ReliabilityReport {

    private record Finding(String tried, long times, String held) {
    }

    private record TestClass(String name, int tests, int failed, int skipped, double seconds) {
    }

    private ReliabilityReport() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path output = args.length > 1 ? Path.of(args[1]) : project.resolve("RELIABILITY.md");
        Path target = project.resolve("target");
        Map<String, TestClass> results = new TreeMap<>();
        for (String reports : List.of("failsafe-reports", "surefire-reports")) {
            results.putAll(readReports(target.resolve(reports)));
        }
        Map<String, List<Finding>> findings = readFindings(target.resolve("reliability"));
        Map<String, Long> seeds = fuzzSeeds(project.resolve("src/test/resources"), results);
        if (findings.isEmpty() && seeds.isEmpty()) {
            throw new IllegalStateException("No hostile test has reported in " + target + "; run `mvn -B verify` first");
        }
        Files.writeString(output, render(results, findings, seeds), StandardCharsets.UTF_8);
        System.out.println("Wrote " + output);
    }

    private static String render(Map<String, TestClass> results, Map<String, List<Finding>> findings, Map<String, Long> seeds) {
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: what the hostile suite tried and what held\n\n")
                .append("Written by `mvn -o -B -Preliability-report process-test-classes` from the reports of the last `mvn -B verify` ")
                .append("(").append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(Instant.now().atOffset(ZoneOffset.UTC)))
                .append("): `target/failsafe-reports`, `target/surefire-reports` and what each hostile test noted in ")
                .append("`target/reliability/`. Do not edit by hand; run the suite and the command again.\n\n");
        md.append("## Attacks and faults\n\n| test | what was tried | how many | what held | result | time |\n|---|---|---:|---|---|---:|\n");
        double hostileSeconds = 0;
        for (Map.Entry<String, List<Finding>> test : findings.entrySet()) {
            TestClass result = results.get(test.getKey());
            hostileSeconds += result == null ? 0 : result.seconds();
            boolean first = true;
            for (Finding finding : test.getValue()) {
                md.append("| ").append(first ? simpleName(test.getKey()) : "").append(" | ").append(escape(finding.tried()))
                        .append(" | ").append(finding.times()).append(" | ").append(escape(finding.held())).append(" | ")
                        .append(first ? verdict(result) : "").append(" | ").append(first && result != null
                                ? String.format(Locale.ROOT, "%.0f s", result.seconds()) : "").append(" |\n");
                first = false;
            }
        }
        md.append("\n## Fuzzing (Jazzer): checked-in seeds run as regression tests\n\n")
                .append("| fuzz test | seed inputs | result | time |\n|---|---:|---|---:|\n");
        for (Map.Entry<String, Long> fuzz : seeds.entrySet()) {
            TestClass result = results.get(fuzz.getKey());
            hostileSeconds += result == null ? 0 : result.seconds();
            md.append("| ").append(simpleName(fuzz.getKey())).append(" | ").append(fuzz.getValue()).append(" | ")
                    .append(verdict(result)).append(" | ").append(result == null ? "" : String.format(Locale.ROOT, "%.0f s",
                            result.seconds())).append(" |\n");
        }
        md.append("\nEach fuzz test fuzzes for 10 minutes with `JAZZER_FUZZ=1 mvn -o -B test -Dtest=<FuzzTest>` (README, “Testing”).\n");
        md.append(String.format(Locale.ROOT, "%nThe hostile tests above took %.0f s in all (test time, as the reports give it; "
                + "platforms of their own included).%n", hostileSeconds));
        return md.toString();
    }

    private static String verdict(TestClass result) {
        if (result == null) {
            return "not run";
        }
        return result.failed() == 0 ? result.tests() + " passed" + (result.skipped() > 0 ? ", " + result.skipped() + " skipped" : "")
                : "**" + result.failed() + " of " + result.tests() + " failed**";
    }

    private static Map<String, TestClass> readReports(Path folder) throws Exception {
        Map<String, TestClass> results = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return results;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                Document report = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                Element suite = report.getDocumentElement();
                NodeList cases = suite.getElementsByTagName("testcase");
                results.put(suite.getAttribute("name"), new TestClass(suite.getAttribute("name"), cases.getLength(),
                        Integer.parseInt(suite.getAttribute("failures")) + Integer.parseInt(suite.getAttribute("errors")),
                        Integer.parseInt(suite.getAttribute("skipped")), Double.parseDouble(suite.getAttribute("time")
                                .replace(",", ""))));
            }
        }
        return results;
    }

    private static Map<String, List<Finding>> readFindings(Path folder) throws IOException {
        Map<String, List<Finding>> findings = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return findings;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".tsv")).toList()) {
                List<Finding> notes = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] fields = line.split("\t", 3);
                    if (fields.length == 3) {
                        notes.add(new Finding(fields[0], Long.parseLong(fields[1]), fields[2]));
                    }
                }
                findings.put(file.getFileName().toString().replaceAll("\\.tsv$", ""), notes);
            }
        }
        return findings;
    }

    /** For each fuzz test that ran, how many seed inputs its methods have under src/test/resources. */
    private static Map<String, Long> fuzzSeeds(Path resources, Map<String, TestClass> results) throws IOException {
        Map<String, Long> seeds = new TreeMap<>();
        for (String test : results.keySet()) {
            if (!test.endsWith("FuzzTest")) {
                continue;
            }
            Path inputs = resources.resolve(test.replace('.', '/') + "Inputs");
            long count = 0;
            if (Files.isDirectory(inputs)) {
                try (Stream<Path> files = Files.walk(inputs)) {
                    count = files.filter(Files::isRegularFile).count();
                }
            }
            seeds.put(test, count);
        }
        return seeds;
    }

    private static String simpleName(String className) {
        return "`" + className.substring(className.lastIndexOf('.') + 1) + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
