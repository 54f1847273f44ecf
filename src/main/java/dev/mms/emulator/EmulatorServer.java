package dev.mms.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local MMS API server (JDK HttpServer): routes by method and path, verifies the signature, runs the action on
 * {@link MmsBackend} and answers {@code {"requestId","data"}} or an error envelope (see {@link ApiError}). An unknown
 * route is 404 {@code InvalidApi.NotFound}; an unexpected failure is 500 {@code InternalError}.
 */
public final class EmulatorServer implements AutoCloseable {

    private static final String PREFIX = "/api/v1/mms/datasources";

    private final HttpServer server;
    private final ExecutorService executor;
    private final EmulatorConfig config;
    private final ApiRouter router;
    private final RequestAuthenticator authenticator;
    private volatile FaultPlan faults;
    /** When the server started, for the outage window of the fault plan. */
    private final long startedNanos = System.nanoTime();
    private final java.util.List<Long> sourceIds;
    private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private EmulatorServer(EmulatorConfig config, MmsBackend backend, FaultPlan faults, AccessKeyStore keys,
                           java.util.List<Long> sourceIds) throws IOException {
        this.config = config;
        this.faults = faults;
        this.router = routes(backend);
        this.authenticator = new RequestAuthenticator(keys, config.clock());
        this.sourceIds = java.util.List.copyOf(sourceIds);
        this.server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 50);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "mms-emulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static EmulatorServer start(EmulatorConfig config) throws IOException {
        return start(config, FaultPlan.none());
    }

    /** Starts with fault injection, for reliability tests (see {@link FaultPlan}). */
    public static EmulatorServer start(EmulatorConfig config, FaultPlan faults) throws IOException {
        return start(config, faults, AccessKeyStore.of(config.accessKeyId(), config.accessKeySecret(), config.clock()));
    }

    /**
     * Accepting the keys of {@code keys} instead of the config's one key, for tests whose STS or metadata stand-in
     * ({@link IdentityStandIn}) hands out temporary keys.
     */
    public static EmulatorServer start(EmulatorConfig config, FaultPlan faults, AccessKeyStore keys)
            throws IOException {
        Catalog catalog = config.catalogFile() == null ? Catalog.builtIn() : Catalog.read(config.catalogFile());
        StateFile state = config.stateFile() == null ? null : new StateFile(config.stateFile());
        return new EmulatorServer(config, new MmsBackend(catalog, state, config.clock(), config.speed()), faults,
                keys, catalog.sourcesOrEmpty().stream().map(Catalog.Source::id).toList());
    }

    /** The ids of the data sources in the catalog, for the start-up line. */
    public java.util.List<Long> sourceIds() {
        return sourceIds;
    }

    /** From now on injects {@code plan}'s faults (its outage window counts from the server's start). */
    public void injectFaults(FaultPlan plan) {
        this.faults = plan;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** host:port, the value for an SDK's or the CLI's endpoint setting. */
    public String endpoint() {
        return config.host() + ":" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static ApiRouter routes(MmsBackend b) {
        String jobs = PREFIX + "/{sourceId}/jobs";
        return new ApiRouter()
                .add("GET", PREFIX, "ListMmsDataSources", (p, r) -> b.listDataSources(r.query()))
                .add("GET", PREFIX + "/{sourceId}", "GetMmsDataSource", (p, r) -> b.getDataSource(p.id("sourceId"), r.query()))
                .add("GET", PREFIX + "/{sourceId}/dbs", "ListMmsDbs", (p, r) -> b.listDatabases(p.id("sourceId"), r.query()))
                .add("GET", PREFIX + "/{sourceId}/tables", "ListMmsTables",
                        (p, r) -> b.listTables(p.id("sourceId"), r.query()))
                .add("GET", PREFIX + "/{sourceId}/partitions", "ListMmsPartitions",
                        (p, r) -> b.listPartitions(p.id("sourceId"), r.query()))
                .add("POST", jobs, "CreateMmsJob", (p, r) -> b.createJob(p.id("sourceId"), r.body()))
                .add("GET", jobs, "ListMmsJobs", (p, r) -> b.listJobs(p.id("sourceId"), r.query()))
                .add("GET", jobs + "/{jobId}", "GetMmsJob", (p, r) -> b.getJob(p.id("sourceId"), p.id("jobId")))
                .add("POST", jobs + "/{jobId}", "DeleteMmsJob",
                        (p, r) -> b.deleteJob(p.id("sourceId"), p.id("jobId")))
                .add("POST", jobs + "/{jobId}/start", "StartMmsJob",
                        (p, r) -> b.startJob(p.id("sourceId"), p.id("jobId")))
                .add("POST", jobs + "/{jobId}/stop", "StopMmsJob",
                        (p, r) -> b.stopJob(p.id("sourceId"), p.id("jobId")))
                .add("POST", jobs + "/{jobId}/retry", "RetryMmsJob",
                        (p, r) -> b.retryJob(p.id("sourceId"), p.id("jobId")))
                .add("GET", PREFIX + "/{sourceId}/asyncTasks/{asyncTaskId}", "GetMmsAsyncTask",
                        (p, r) -> b.getAsyncTask(p.id("sourceId"), p.id("asyncTaskId")))
                .add("GET", PREFIX + "/{sourceId}/tasks", "ListMmsTasks",
                        (p, r) -> b.listTasks(p.id("sourceId"), r.query()))
                .add("GET", PREFIX + "/{sourceId}/tasks/{taskId}", "GetMmsTask",
                        (p, r) -> b.getTask(p.id("sourceId"), p.id("taskId")))
                .add("GET", PREFIX + "/{sourceId}/tasks/{taskId}/logs", "ListMmsTaskLogs",
                        (p, r) -> b.listTaskLogs(p.id("sourceId"), p.id("taskId")));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        boolean held = false;
        try {
            if (faults.inOutage(Duration.ofNanos(System.nanoTime() - startedNanos))) {
                return; // gone away: the connection closes with no answer
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            IncomingRequest request = IncomingRequest.of(exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), body);
            FaultPlan.Fault fault = injectFault();
            if (fault == FaultPlan.Fault.DROP) {
                return;
            }
            if (fault == FaultPlan.Fault.HANG) {
                held = true; // never answered, never closed: the connection stays open until the server stops
                return;
            }
            Object data;
            try {
                if (fault == FaultPlan.Fault.SERVER_ERROR) {
                    throw ApiError.gateway(503, "ServiceUnavailable",
                            "The request has failed due to a temporary failure of the server (injected fault).");
                }
                if (fault == FaultPlan.Fault.THROTTLE) {
                    throw ApiError.throttled("Request was denied due to user flow control (injected fault).",
                            faults.retryAfterSeconds());
                }
                Optional<ApiRouter.Match> match = router.match(request.method(), request.rawPath());
                if (match.isEmpty()) {
                    throw ApiError.gateway(404, "InvalidApi.NotFound", "Specified api is not found, please check"
                            + " your url and method: " + request.method() + " " + request.rawPath());
                }
                authenticator.verify(request);
                data = match.get().handler().handle(match.get().params(), request);
            } catch (ApiError e) {
                send(exchange, e.status(), errorBody(e, requestId), e.retryAfterSeconds());
                return;
            } catch (RuntimeException e) {
                // The cause stays in the emulator: its text could name our classes, which no client should see.
                send(exchange, 500, errorBody(ApiError.gateway(500, "InternalError",
                        "The request processing has failed due to some unknown error."), requestId), null);
                return;
            }
            if (fault == FaultPlan.Fault.COMMIT_DROP) {
                return; // handled, then the connection closes without an answer
            }
            if (fault == FaultPlan.Fault.COMMIT_SERVER_ERROR) {
                send(exchange, 500, errorBody(ApiError.gateway(500, "InternalError",
                        "The request processing has failed due to some unknown error (injected fault, after the"
                                + " request was handled)."), requestId), null);
                return;
            }
            Map<String, Object> ok = new LinkedHashMap<>();
            ok.put("requestId", requestId);
            ok.put("data", data);
            if (fault == FaultPlan.Fault.TRUNCATE) {
                sendTruncated(exchange, ok);
            } else {
                send(exchange, 200, ok, null);
            }
        } finally {
            if (!held) {
                exchange.close();
            }
        }
    }

    /** Sleeps the configured latency and draws this request's fault. */
    private FaultPlan.Fault injectFault() {
        if (!faults.latency().isZero()) {
            try {
                Thread.sleep(faults.latency().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return faults.draw();
    }

    /** Announces the full length but sends only half the body, then closes: a connection cut mid-answer. */
    private void sendTruncated(HttpExchange exchange, Map<String, Object> body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, bytes.length / 2);
        out.flush();
        throw new IOException("truncated response (injected fault)");
    }

    private Map<String, Object> errorBody(ApiError e, String requestId) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e.isGateway()) {
            m.put("RequestId", requestId);
            m.put("HostId", endpoint());
            m.put("Code", e.code());
            m.put("Message", e.getMessage());
            m.put("Recommend", "https://api.alibabacloud.com/troubleshoot?q=" + e.code() + "&product=MaxCompute");
        } else {
            m.put("requestId", requestId);
            m.put("code", e.code());
            m.put("message", e.getMessage());
            m.put("httpCode", e.status());
            m.put("errorCode", e.code());
            m.put("errorMsg", e.getMessage());
        }
        return m;
    }

    private void send(HttpExchange exchange, int status, Map<String, Object> body, Long retryAfterSeconds)
            throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.getResponseHeaders().set("x-acs-request-id",
                String.valueOf(body.getOrDefault("requestId", body.get("RequestId"))));
        if (retryAfterSeconds != null) {
            exchange.getResponseHeaders().set("x-acs-retry-after", String.valueOf(retryAfterSeconds));
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
