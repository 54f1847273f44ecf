package dev.mms.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on loopback that accepts every connection and never answers in full. By default it says nothing at
 * all: the worst server there is. {@link #stallingBody()} sends the headers of a 100-byte answer and never the body;
 * {@link #truncating()} sends 5 of those bytes and closes.
 */
public final class HangingServer implements AutoCloseable {

    private enum Mode { SILENT, STALL_BODY, TRUNCATE }

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    public HangingServer() throws IOException {
        this(Mode.SILENT);
    }

    public static HangingServer stallingBody() throws IOException {
        return new HangingServer(Mode.STALL_BODY);
    }

    public static HangingServer truncating() throws IOException {
        return new HangingServer(Mode.TRUNCATE);
    }

    private HangingServer(Mode mode) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    connections.incrementAndGet();
                    open.add(s);
                    if (mode != Mode.SILENT) {
                        s.getInputStream().read(new byte[8192]);
                        OutputStream out = s.getOutputStream();
                        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                                + "{\"req").getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                    if (mode == Mode.TRUNCATE) {
                        s.close();
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "hanging-server");
        accept.setDaemon(true);
        accept.start();
    }

    /** host:port */
    public String endpoint() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public URI uri() {
        return URI.create("http://" + endpoint());
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
    }
}
