package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A stand-in MMS server that is not our emulator (issue 4): it answers ListMmsJobs with pages a test scripts and
 * ListMmsDataSources with a fixed list, records every raw query string, and checks no signature.
 */
final class ScriptedMmsServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCES = "/api/v1/mms/datasources";

    /** The page for one ListMmsJobs query (form-decoded parameters): its {@code data} object. */
    interface JobPages extends Function<Map<String, String>, JsonNode> {
    }

    /** A whole HTTP answer, for scripts that need a status, a header, a body that is not JSON, or a delay. */
    record Reply(int status, Map<String, String> headers, String body, long delayMillis) {

        static Reply ok(JsonNode data) {
            ObjectNode body = JSON.createObjectNode();
            body.put("requestId", "scripted");
            body.set("data", data);
            return new Reply(200, Map.of(), body.toString(), 0);
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body, 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delayMillis);
        }

        Reply after(long millis) {
            return new Reply(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<String> jobQueries = new CopyOnWriteArrayList<>();
    private volatile Function<Map<String, String>, Reply> jobReplies = query -> Reply.ok(page(List.of(), 0, 1, 20));
    private volatile List<JsonNode> sources = List.of();

    ScriptedMmsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void serveJobs(JobPages pages) {
        this.jobReplies = query -> Reply.ok(pages.apply(query));
    }

    /** Answers every ListMmsJobs request with whatever the script replies. */
    void replyToJobs(Function<Map<String, String>, Reply> replies) {
        this.jobReplies = replies;
    }

    /** Serves this list of jobs, sliced by pageNum and pageSize as a real server would. */
    void serveJobs(List<JsonNode> jobs) {
        serveJobs(query -> slice(jobs, intParam(query, "pageNum", 1), intParam(query, "pageSize", 20)));
    }

    void serveSources(List<JsonNode> list) {
        this.sources = list;
    }

    /** The raw (still encoded) query strings of every ListMmsJobs request, in arrival order. */
    List<String> jobQueries() {
        return List.copyOf(jobQueries);
    }

    static JsonNode slice(List<JsonNode> jobs, int pageNum, int pageSize) {
        int from = Math.min(jobs.size(), (pageNum - 1) * pageSize);
        int to = Math.min(jobs.size(), from + pageSize);
        return page(jobs.subList(from, to), jobs.size(), pageNum, pageSize);
    }

    static JsonNode page(List<JsonNode> items, int total, int pageNum, int pageSize) {
        ObjectNode data = JSON.createObjectNode();
        data.put("total", total);
        data.put("pageNum", pageNum);
        data.put("pageSize", pageSize);
        ArrayNode list = data.putArray("objectList");
        items.forEach(list::add);
        return data;
    }

    static int intParam(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /** The form-decoded parameters of a raw query string, in order. */
    static Map<String, String> decode(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The raw key=value pairs of a query string, in order, still encoded. */
    static List<String> rawPairs(String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? List.of() : new ArrayList<>(List.of(rawQuery.split("&")));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            JsonNode data;
            if ("GET".equals(exchange.getRequestMethod()) && path.matches(SOURCES + "/[^/]+/jobs")) {
                jobQueries.add(rawQuery == null ? "" : rawQuery);
                reply(exchange, jobReplies.apply(decode(rawQuery)));
                return;
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals(SOURCES)) {
                data = page(sources, sources.size(), 1, sources.size());
            } else {
                answer(exchange, 404, "{\"requestId\":\"scripted\",\"code\":\"InvalidApi.NotFound\","
                        + "\"message\":\"no script for " + exchange.getRequestMethod() + " " + path + "\"}");
                return;
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("requestId", "scripted");
            body.set("data", data);
            answer(exchange, 200, JSON.writeValueAsString(body));
        }
    }

    private static void reply(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        answer(exchange, reply.status(), reply.body());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("content-type")) {
            exchange.getResponseHeaders().add("content-type", "application/json;charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
