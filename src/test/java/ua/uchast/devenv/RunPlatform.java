package ua.uchast.devenv;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The README's run command: the local services ({@link LocalServices}: an embedded MariaDB with its data in ./data
 * unless UCHAST_DB_HOST points at a server, the demo helpers), then Payara Micro with the WAR (and demo data unless
 * turned off), until Ctrl-C.
 */
public final class RunPlatform {

    private RunPlatform() {
    }

    /**
     * Ends the JVM itself, also on failure: exec:java would otherwise wait for the helper servers' threads forever.
     * The shutdown hook stops whatever had started.
     */
    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (RuntimeException | InterruptedException failure) {
            System.err.println("Uchast could not run: " + failure.getMessage());
            System.exit(1);
        }
    }

    private static void run() throws InterruptedException {
        BuildLayout build = BuildLayout.fromSystemProperties();
        int port = Integer.parseInt(LocalServices.env("UCHAST_PORT").orElse("8080"));

        AtomicReference<LocalServices> services = new AtomicReference<>();
        AtomicReference<PayaraProcess> payara = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Optional.ofNullable(payara.get()).ifPresent(PayaraProcess::close);
            } finally {
                Optional.ofNullable(services.get()).ifPresent(LocalServices::close);
            }
        }));

        services.set(LocalServices.start(build));
        System.out.println("Starting Payara Micro on port " + port + " (about 30 s) ...");
        payara.set(PayaraProcess.start(build, port, services.get().environment()));

        String url = payara.get().baseUrl();
        System.out.println();
        System.out.println("  Uchast is running at " + url);
        System.out.println("  Server log: " + payara.get().log());
        services.get().printGuide(url);
        payara.get().awaitExit();
    }
}
