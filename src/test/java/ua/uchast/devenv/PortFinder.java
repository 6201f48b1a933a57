package ua.uchast.devenv;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free port for a server of ours. It is picked below the kernel's ephemeral range (32768 and up on Linux), from
 * which every outgoing connection takes its local port: a port found free there is often taken by a connection a
 * moment later, before the server listens on it.
 */
public final class PortFinder {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;

    private PortFinder() {
    }

    public static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("No free port between " + FIRST + " and " + LAST);
    }
}
