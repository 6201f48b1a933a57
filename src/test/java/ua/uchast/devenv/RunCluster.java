package ua.uchast.devenv;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The README's cluster command ({@code mvn -Pcluster package}, {@code -Dinstances=N}): the local services as for the
 * run command, N Payara Micro instances (2 unless {@code --instances N}) in one data grid on loopback, and HAProxy
 * in front of them on UCHAST_PORT (8080), until Ctrl-C.
 */
public final class RunCluster {

    private RunCluster() {
    }

    public static void main(String[] args) {
        try {
            run(instances(args));
            System.exit(0);
        } catch (RuntimeException | Error | InterruptedException failure) {
            System.err.println("Uchast could not run: " + failure.getMessage());
            System.exit(1);
        }
    }

    static int instances(String[] args) {
        int instances = 2;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--instances") && i + 1 < args.length) {
                instances = Integer.parseInt(args[++i]);
            } else if (!args[i].isBlank()) {
                throw new IllegalArgumentException("unknown argument " + args[i] + " (usage: --instances N)");
            }
        }
        if (instances < 1 || instances > 9) {
            throw new IllegalArgumentException("--instances must be 1 to 9, not " + instances);
        }
        return instances;
    }

    private static void run(int instances) throws InterruptedException {
        BuildLayout build = BuildLayout.fromSystemProperties();
        int port = Integer.parseInt(LocalServices.env("UCHAST_PORT").orElse("8080"));
        String clusterName = LocalServices.env("UCHAST_CLUSTER_NAME").orElse("uchast");

        AtomicReference<LocalServices> services = new AtomicReference<>();
        AtomicReference<PayaraCluster> cluster = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Optional.ofNullable(cluster.get()).ifPresent(PayaraCluster::close);
            } finally {
                Optional.ofNullable(services.get()).ifPresent(LocalServices::close);
                stopped.countDown();
            }
        }));

        services.set(LocalServices.start(build));
        System.out.println("Starting " + instances + " Payara Micro instances in the data grid \"" + clusterName
                + "\" (the first alone, then the others together) and HAProxy on port " + port + " ...");
        Instant started = Instant.now();
        cluster.set(PayaraCluster.start(build, services.get().environment(), clusterName, instances, instances, port));

        String url = cluster.get().baseUrl();
        System.out.println();
        System.out.println("  Uchast is running at " + url + " — HAProxy in front of " + instances + " instances, up in "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
        for (String name : cluster.get().instanceNames()) {
            PayaraProcess instance = cluster.get().instance(name);
            System.out.println("    " + name + ": " + instance.baseUrl() + "  log " + instance.log());
        }
        System.out.println("  Balancer log (one line per request, naming the instance): " + cluster.get().balancer().log());
        System.out.println("  Every response names its instance in the " + DataGrid.INSTANCE_HEADER + " header.");
        services.get().printGuide(url);
        stopped.await();
    }
}
