package ua.uchast.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy as a child process, configured by payara-config/haproxy.cfg with one server line per instance
 * (all of them listed from the start: one not running yet is simply down until its health check passes).
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final List<Path> INSTALLED = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"));

    /** An instance as the balancer knows it: its name (also its stickiness cookie's value) and HTTP port on loopback. */
    public record Backend(String name, int port) {
    }

    private final Process process;
    private final int port;
    private final Path log;

    private LoadBalancer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts listening on 127.0.0.1:{@code port}; ready once it answers the home page through some instance. */
    public static LoadBalancer start(BuildLayout build, int port, List<Backend> backends) {
        try {
            Path dir = Files.createDirectories(build.targetDir().resolve("haproxy"));
            Path config = dir.resolve("haproxy-" + port + ".cfg");
            Files.writeString(config, Files.readString(build.projectDir().resolve("payara-config/haproxy.cfg"))
                    + backends.stream().map(backend -> "    server " + backend.name() + " 127.0.0.1:" + backend.port()
                            + " cookie " + backend.name() + "\n").collect(Collectors.joining()));
            Path log = dir.resolve("haproxy-" + port + ".log");
            ProcessBuilder builder = new ProcessBuilder(executable().toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("UCHAST_LB_BIND", "127.0.0.1:" + port);
            LoadBalancer balancer = new LoadBalancer(builder.start(), port, log);
            balancer.awaitReady();
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path executable() {
        return INSTALLED.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "HAProxy is not installed: apt-get install haproxy (Debian's package; .ci/run installs it)"));
    }

    public String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** HAProxy's log: one line per request, naming the instance that served it. */
    public Path log() {
        return log;
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited while starting (port " + port + " taken?):\n"
                        + Files.readString(log));
            }
            if (ChildProcesses.answersOk(client, baseUrl())) {
                return;
            }
            ChildProcesses.pause(Duration.ofMillis(300));
        }
        close();
        throw new IllegalStateException("HAProxy did not pass a request to an instance within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(10));
    }
}
