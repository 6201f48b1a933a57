package ua.uchast.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Payara Micro running the built WAR as a child process: a fresh root directory per start, the JDBC pool from
 * payara-config/ configured through environment variables; on its own without Hazelcast, or as a member of a data
 * grid behind a balancer ({@link DataGrid}). Ready when the home page answers.
 */
public final class PayaraProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Process process;
    private final int port;
    private final Path log;

    private PayaraProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Thrown when the HTTP port was taken by the time Payara tried to listen on it. */
    public static final class PortTakenException extends IllegalStateException {

        PortTakenException(int port, Path log) {
            super("Port " + port + " is already in use, so Payara Micro could not listen on it (set UCHAST_PORT to "
                    + "another port); see " + log);
        }
    }

    /**
     * Starts on a free port. A port found free can be taken again (by any ephemeral connection) before Payara listens
     * on it, so a taken port is simply tried again with another.
     */
    public static PayaraProcess startOnFreePort(BuildLayout build, Map<String, String> environment) {
        return onFreePort(port -> start(build, port, environment));
    }

    /** Starts {@code starter} with a free port, and again with another if that one was taken meanwhile. */
    static PayaraProcess onFreePort(IntFunction<PayaraProcess> starter) {
        for (int attempt = 1;; attempt++) {
            try {
                return starter.apply(PortFinder.freePort());
            } catch (PortTakenException taken) {
                if (attempt == 3) {
                    throw taken;
                }
            }
        }
    }

    /** Starts on a port the caller chose, alone (no data grid); fails with {@link PortTakenException} if that port is taken. */
    public static PayaraProcess start(BuildLayout build, int port, Map<String, String> environment) {
        return launch(build, port, environment, List.of("-Xmx768m"), List.of("--nohazelcast", "--prebootcommandfile",
                build.projectDir().resolve("payara-config/single-instance.asadmin").toString()));
    }

    /**
     * Starts member {@code index} of the data grid on the given HTTP port, as an instance behind the balancer: its name
     * begins every log line and is sent in the {@value DataGrid#INSTANCE_HEADER} header of every response.
     */
    public static PayaraProcess startMember(BuildLayout build, int port, Map<String, String> environment, DataGrid grid,
            int index) {
        Map<String, String> memberEnvironment = new HashMap<>(environment);
        memberEnvironment.put("UCHAST_INSTANCE_NAME", grid.instanceName(index));
        return launch(build, port, memberEnvironment, grid.javaOptions(index), grid.payaraOptions(build.projectDir(), index));
    }

    private static PayaraProcess launch(BuildLayout build, int port, Map<String, String> environment, List<String> javaOptions,
            List<String> payaraOptions) {
        try {
            Path rootDir = Files.createTempDirectory(Files.createDirectories(build.targetDir().resolve("payara-roots")), "root-");
            Path log = rootDir.resolve("payara.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaOptions);
            command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", build.payaraDir().resolve("payara-micro.jar").toString(),
                    "--deploy", build.war().toString(), "--contextroot", "/",
                    "--addlibs", build.payaraDir().resolve("mysql-connector-j.jar").toString(),
                    "--postbootcommandfile", build.projectDir().resolve("payara-config/post-boot-commands.asadmin").toString(),
                    "--port", Integer.toString(port), "--rootdir", rootDir.toString()));
            command.addAll(payaraOptions);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            // Links in e-mails (a follower's unsubscribe link) need the platform's own address.
            builder.environment().putIfAbsent("UCHAST_PUBLIC_URL", "http://localhost:" + port + "/");
            PayaraProcess payara = new PayaraProcess(builder.start(), port, log);
            payara.awaitReady();
            return payara;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /**
     * Ready when Payara has said so and the home page answers. A taken port shows in Payara's log (it then goes on
     * without an HTTP listener), and another server answering on it must not pass for ours.
     */
    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting; see " + log);
            }
            String started = Files.readString(log);
            if (started.contains("GrizzlyProxy is NULL") || started.contains("Address already in use")) {
                close();
                throw new PortTakenException(port, log);
            }
            if (started.contains("Exception while loading the app")) {
                close();
                throw new IllegalStateException("The application failed to deploy; see " + log);
            }
            if (!started.contains("ready in")) {
                ChildProcesses.pause(Duration.ofMillis(500));
                continue;
            }
            if (ChildProcesses.answersOk(client, baseUrl())) {
                return;
            }
            ChildProcesses.pause(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + START_TIMEOUT + "; see " + log);
    }

    public void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: nothing is shut down in order. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
