package ua.uchast.devenv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;

import ua.uchast.devenv.LoadBalancer.Backend;

/**
 * Payara Micro instances in one data grid behind HAProxy, on one machine: what the cluster command runs and the
 * cluster tests bring down. The first instance starts alone (it brings the schema up to date and loads demo data),
 * the others then all at once. The balancer lists every slot of the grid from the start, so an instance started
 * later in a free slot joins the grid and gets visitors as soon as its health check passes, with nothing restarted.
 */
public final class PayaraCluster implements AutoCloseable {

    private final BuildLayout build;
    private final Map<String, String> environment;
    private final DataGrid grid;
    private final PayaraProcess[] instances;
    private final int[] httpPorts;
    private LoadBalancer balancer;

    private PayaraCluster(BuildLayout build, Map<String, String> environment, DataGrid grid) {
        this.build = build;
        this.environment = environment;
        this.grid = grid;
        this.instances = new PayaraProcess[grid.size()];
        this.httpPorts = new int[grid.size()];
    }

    /**
     * Starts {@code running} instances of a grid with room for {@code slots}, and the balancer on
     * {@code balancerPort} (0: any free port). Whatever started is stopped again if a part fails.
     */
    public static PayaraCluster start(BuildLayout build, Map<String, String> environment, String clusterName, int running,
            int slots, int balancerPort) {
        PayaraCluster cluster = new PayaraCluster(build, environment, DataGrid.onLoopback(clusterName, slots));
        try {
            cluster.startInstance(0);
            List<CompletableFuture<Void>> others = IntStream.range(1, running)
                    .mapToObj(index -> CompletableFuture.runAsync(() -> cluster.startInstance(index))).toList();
            others.forEach(CompletableFuture::join);
            for (int spare = running; spare < slots; spare++) {
                cluster.httpPorts[spare] = PortFinder.freePort();
            }
            cluster.balancer = LoadBalancer.start(build, balancerPort == 0 ? PortFinder.freePort() : balancerPort,
                    IntStream.range(0, slots).mapToObj(index -> new Backend(cluster.grid.instanceName(index),
                            cluster.httpPorts[index])).toList());
            return cluster;
        } catch (RuntimeException failure) {
            cluster.close();
            throw failure instanceof CompletionException && failure.getCause() instanceof RuntimeException cause ? cause : failure;
        }
    }

    private void startInstance(int index) {
        if (httpPorts[index] == 0) {
            instances[index] = PayaraProcess.onFreePort(port -> PayaraProcess.startMember(build, port, environment, grid, index));
            httpPorts[index] = instances[index].port();
        } else {
            instances[index] = PayaraProcess.startMember(build, httpPorts[index], environment, grid, index);
        }
    }

    /** Starts an instance in the first free slot (on the port the balancer expects there); returns its name. */
    public String startAnother() {
        int index = IntStream.range(0, instances.length).filter(slot -> instances[slot] == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no free slot in the grid"));
        startInstance(index);
        return grid.instanceName(index);
    }

    /** The address visitors use: the balancer's. */
    public String baseUrl() {
        return balancer.baseUrl();
    }

    public LoadBalancer balancer() {
        return balancer;
    }

    /** The names of the instances started (running or killed since). */
    public List<String> instanceNames() {
        return IntStream.range(0, instances.length).filter(index -> instances[index] != null).mapToObj(grid::instanceName)
                .toList();
    }

    public PayaraProcess instance(String name) {
        return IntStream.range(0, instances.length).filter(index -> grid.instanceName(index).equals(name))
                .mapToObj(index -> Optional.ofNullable(instances[index])).findFirst().flatMap(found -> found)
                .orElseThrow(() -> new IllegalArgumentException("no instance " + name));
    }

    /** {@code kill -9}: the instance ends at once, in the middle of whatever it was doing. */
    public void kill(String name) {
        instance(name).kill();
    }

    @Override
    public void close() {
        List<Runnable> stops = new ArrayList<>();
        Optional.ofNullable(balancer).ifPresent(running -> stops.add(running::close));
        for (PayaraProcess instance : instances) {
            Optional.ofNullable(instance).ifPresent(running -> stops.add(running::close));
        }
        stops.stream().map(CompletableFuture::runAsync).toList().forEach(CompletableFuture::join);
    }
}
