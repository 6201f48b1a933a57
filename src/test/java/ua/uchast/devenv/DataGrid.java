package ua.uchast.devenv;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Payara's data grid (Hazelcast) on one machine: its members find each other by TCP/IP on loopback — never by
 * multicast — under a cluster name from configuration, each listening on a grid port of its own. Member {@code i}
 * is the instance named {@code uchast-i} (numbered from 1).
 * <p>
 * All members share one address here, so host-aware partitioning (Payara's default, which keeps a backup off the
 * machine of its primary) is turned off: with it, every backup would be refused and a killed member would take its
 * sessions with it. Across machines it stays on (README, "Scale-out").
 */
public record DataGrid(String clusterName, List<Integer> memberPorts) {

    /** The response header that names the instance that answered (set by the application). */
    public static final String INSTANCE_HEADER = "X-Uchast-Instance";

    private static final String LOOPBACK = "127.0.0.1";

    /** Room for {@code members} members, each with a free grid port. */
    public static DataGrid onLoopback(String clusterName, int members) {
        return new DataGrid(clusterName, IntStream.range(0, members).mapToObj(member -> PortFinder.freePort()).toList());
    }

    public String instanceName(int index) {
        return "uchast-" + (index + 1);
    }

    public int size() {
        return memberPorts.size();
    }

    /**
     * The heap every member gets, and the log format that begins each line with the member's name. Several instances
     * start on one small machine here, so they compile with the quick JIT only and collect garbage on one thread:
     * less work at start-up (production keeps the JVM's defaults).
     */
    List<String> javaOptions(int index) {
        return List.of("-Xmx640m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.util.logging.SimpleFormatter.format=" + logFormat(instanceName(index)));
    }

    /**
     * The log format of payara-config/logging.properties for an instance: time, level, instance name, logger, message
     * (a JDK {@code SimpleFormatter} format, which Java reads from this system property).
     */
    public static String logFormat(String instanceName) {
        return "%1$tF %1$tT.%1$tL %4$s [" + instanceName + "] %3$s: %5$s%6$s%n";
    }

    List<String> payaraOptions(Path projectDir, int index) {
        String members = memberPorts.stream().map(port -> LOOPBACK + ":" + port).collect(Collectors.joining(","));
        return List.of("--name", instanceName(index),
                "--clustername", clusterName,
                "--clustermode", "tcpip:" + members,
                "--interfaces", LOOPBACK,
                "--startport", Integer.toString(memberPorts.get(index)),
                "--nohostaware",
                "--hzinitialjoinwait", "0",
                "--prebootcommandfile", projectDir.resolve("payara-config/behind-balancer.asadmin").toString(),
                "--logproperties", projectDir.resolve("payara-config/logging.properties").toString());
    }
}
