package dev.mms.api;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback HTTP server that records every request and answers with scripted responses, in order. */
final class RecordingServer implements AutoCloseable {

    /** What the server received, with header names lower-cased. */
    record Received(String method, String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    /** One scripted answer; {@code delay} holds the answer back, to provoke client timeouts. */
    record Answer(int status, Map<String, String> headers, String body, Duration delay) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("content-type", "application/json"), body, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService threads = Executors.newCachedThreadPool();
    private final Queue<Answer> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            Headers h = exchange.getRequestHeaders();
            h.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), headers, body));
            Answer answer;
            synchronized (script) {
                answer = script.isEmpty() ? Answer.json(500, "{\"code\":\"NoScript\"}") : script.remove();
            }
            sleep(answer.delay());
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
            try {
                exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
                exchange.getResponseBody().write(out);
            } catch (IOException clientGone) {
                // the client timed out and closed the connection: nothing to answer
            }
            exchange.close();
        });
        server.start();
    }

    RecordingServer answer(Answer... answers) {
        synchronized (script) {
            script.addAll(List.of(answers));
        }
        return this;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
