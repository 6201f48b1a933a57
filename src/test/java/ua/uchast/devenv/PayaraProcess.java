package ua.uchast.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro running the built WAR as a child process: a fresh root directory per start, no Hazelcast, the JDBC
 * pool from payara-config/ configured through environment variables. Ready when the home page answers.
 */
public final class PayaraProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

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
        for (int attempt = 1;; attempt++) {
            try {
                return start(build, PortFinder.freePort(), environment);
            } catch (PortTakenException taken) {
                if (attempt == 3) {
                    throw taken;
                }
            }
        }
    }

    /** Starts on a port the caller chose; fails with {@link PortTakenException} if that port is taken. */
    public static PayaraProcess start(BuildLayout build, int port, Map<String, String> environment) {
        try {
            Path rootDir = Files.createTempDirectory(Files.createDirectories(build.targetDir().resolve("payara-roots")), "root-");
            Path log = rootDir.resolve("payara.log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx768m", "-Dfile.encoding=UTF-8",
                    "-jar", build.payaraDir().resolve("payara-micro.jar").toString(),
                    "--deploy", build.war().toString(), "--contextroot", "/",
                    "--addlibs", build.payaraDir().resolve("mysql-connector-j.jar").toString(),
                    "--postbootcommandfile", build.projectDir().resolve("payara-config/post-boot-commands.asadmin").toString(),
                    "--nohazelcast", "--port", Integer.toString(port), "--rootdir", rootDir.toString()))
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
                sleep(Duration.ofMillis(500));
                continue;
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl()))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + START_TIMEOUT + "; see " + log);
    }

    public void awaitExit() throws InterruptedException {
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
