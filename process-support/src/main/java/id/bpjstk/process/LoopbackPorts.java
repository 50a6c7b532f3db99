package id.bpjstk.process;

import java.io.IOException;
import java.net.ServerSocket;

/** Ports for the servers a run starts: free ones, so that a local stack on the standard ports can go on beside it. */
public final class LoopbackPorts {

    private LoopbackPorts() {
    }

    /** A port nothing listens on now (the system's choice). */
    public static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
