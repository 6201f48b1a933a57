package ua.uchast.devenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

public final class PortFinder {

    private PortFinder() {
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
