package ua.uchast.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Java Flight Recorder on the server: it records from the start (JDK_JAVA_OPTIONS), and each phase of the benchmark
 * dumps its own stretch of the recording, summarised as the methods the samples were in.
 */
final class Profiles {

    private static final String RECORDING = "bench";

    private final BenchPlatform platform;
    private final Path folder;

    Profiles(BenchPlatform platform, Path folder) {
        this.platform = platform;
        this.folder = folder;
    }

    /** The JVM options that make the server record (default settings: about 1% overhead, a sample each 20 ms). */
    static String recordingOptions(Path folder) {
        return "-XX:StartFlightRecording=name=" + RECORDING + ",settings=default,disk=true,maxage=2h "
                + "-XX:FlightRecorderOptions=repository=" + folder.resolve("repository").toAbsolutePath();
    }

    /**
     * A phase's stretch of the recording. The file holds whole chunks of it, so it may begin earlier (start-up,
     * signing in): only events from {@code from} to {@code to} belong to the phase.
     */
    record Stretch(Path file, Instant from, Instant to) {

        boolean covers(RecordedEvent event) {
            return !event.getStartTime().isBefore(from) && !event.getStartTime().isAfter(to);
        }
    }

    /** The server's recording from {@code since} until now, in a file named after the phase. */
    Stretch dump(String phase, Instant since) {
        Instant until = Instant.now();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(phase + ".jfr").toAbsolutePath();
            Files.deleteIfExists(file);
            long seconds = Duration.between(since, Instant.now()).toSeconds() + 1;
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(platform.serverProcess().pid()), "JFR.dump", "name=" + RECORDING,
                    "begin=-" + seconds + "s", "filename=" + file).redirectErrorStream(true)
                    .redirectOutput(folder.resolve("jcmd.log").toFile()).start();
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0 || !Files.exists(file)) {
                throw new IllegalStateException("jcmd JFR.dump failed; see " + folder.resolve("jcmd.log"));
            }
            return new Stretch(file, since, until);
        } catch (IOException e) {
            throw new IllegalStateException("cannot dump the flight recording", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the server's CPU went: execution samples by the method on top, and by the first frame of our own code. */
    record HotFrames(String phase, Path file, int samples, List<Map.Entry<String, Integer>> topMethods,
                     List<Map.Entry<String, Integer>> topOwnFrames) {

        String markdown() {
            StringBuilder text = new StringBuilder();
            text.append("`").append(file.getFileName()).append("`: ").append(samples)
                    .append(" execution samples taken during the phase (`jfr print --events jdk.ExecutionSample ")
                    .append(file.getFileName()).append("`).\n\n| on top of the stack (self) | share | | first Uchast frame (inclusive) | share |\n")
                    .append("|---|---:|---|---|---:|\n");
            for (int i = 0; i < Math.max(topMethods.size(), topOwnFrames.size()); i++) {
                text.append("| ").append(cell(topMethods, i)).append(" | | ").append(cell(topOwnFrames, i)).append(" |\n");
            }
            return text.toString();
        }

        private String cell(List<Map.Entry<String, Integer>> list, int i) {
            if (i >= list.size()) {
                return " | ";
            }
            return "`" + list.get(i).getKey() + "` | " + Math.round(100.0 * list.get(i).getValue() / Math.max(1, samples)) + "%";
        }
    }

    static HotFrames hotFrames(String phase, Stretch stretch, int top) {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        int samples = 0;
        try (RecordingFile recording = new RecordingFile(stretch.file())) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || !stretch.covers(event)) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                stack.getFrames().stream().filter(frame -> frame.isJavaFrame()
                                && frame.getMethod().getType().getName().startsWith("ua.uchast."))
                        .findFirst().ifPresent(frame -> own.merge(name(frame), 1, Integer::sum));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + stretch.file(), e);
        }
        return new HotFrames(phase, stretch.file(), samples, largest(self, top), largest(own, top));
    }

    /** One of the server's signature verifications: when it started and how long it took. */
    record Timed(Instant start, double millis) {
    }

    /** The server's accepted signature verifications in the recording (JFR event ua.uchast.SignatureVerification). */
    static List<Timed> verifications(Stretch stretch) {
        List<Timed> verifications = new ArrayList<>();
        try (RecordingFile recording = new RecordingFile(stretch.file())) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                if (event.getEventType().getName().equals("ua.uchast.SignatureVerification") && event.getBoolean("accepted")
                        && stretch.covers(event)) {
                    verifications.add(new Timed(event.getStartTime(), event.getDuration().toNanos() / 1e6));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + stretch.file(), e);
        }
        return verifications;
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static List<Map.Entry<String, Integer>> largest(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(top).toList();
    }
}
