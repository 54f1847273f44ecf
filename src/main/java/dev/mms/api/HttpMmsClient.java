package dev.mms.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mms.auth.Credentials;
import dev.mms.auth.CredentialsProvider;
import dev.mms.sign.Acs3Signer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@link MmsClient} over the JDK HTTP client: the paths of mms-api.md §1, the headers and ACS3 signature of §3.3/§6.1,
 * errors parsed as in §4, and retries that never repeat a job creation the server may already have acted on.
 */
public final class HttpMmsClient implements MmsClient {

    static final String API_VERSION = "2022-01-04";
    private static final String DATASOURCES = "/api/v1/mms/datasources";
    private static final DateTimeFormatter ACS_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final ClientSettings settings;
    private final CredentialsProvider credentials;
    private final HttpClient http;
    private final Clock clock;
    private final Supplier<String> nonces;
    private final RetryLoop retries;
    private final HttpTrace trace;
    private static final String BUFFER_SIZE_PROPERTY = "jdk.httpclient.bufsize";
    private static final int READ_BUFFER_BYTES = 256 * 1024;
    /** How long the first handshake to an https endpoint may stay unanswered before the port is probed. */
    private static final Duration PROBE_AFTER = Duration.ofSeconds(1);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);
    /** Whether any HTTP answer came back from the endpoint: then its scheme is right and is never probed. */
    private volatile boolean answered;

    public HttpMmsClient(ClientSettings settings, CredentialsProvider credentials) {
        this(settings, credentials, Clock.systemUTC(), () -> UUID.randomUUID().toString());
    }

    HttpMmsClient(ClientSettings settings, CredentialsProvider credentials, Clock clock, Supplier<String> nonces) {
        this(settings, credentials, clock, nonces, httpClient(settings));
    }

    private static HttpClient httpClient(ClientSettings settings) {
        readInLargeBuffers();
        // HTTP/1.1 only: the JDK's h2c upgrade attempt adds headers and a round trip for nothing on plain http.
        // The connect timeout covers the TCP connection and the TLS handshake (a plain-HTTP port never answers one).
        // The JDK's own pool is the same cached pool of daemon threads, but its thread factory names them by
        // invokedynamic string concatenation, which on Java 17 spins about ten method-handle classes a run.
        return unusedTlsFor(settings.endpoint(), HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newCachedThreadPool(DaemonThreads.named("mms-http"))))
                .build();
    }

    /**
     * The JDK client reads a socket 16 KB at a time (its documented {@code jdk.httpclient.bufsize}), and every chunk
     * goes through its whole chain of subscribers and threads: a page of 1,000 jobs is about 50 of them. 256 KB takes
     * a tenth of {@code --all}'s CPU off (bench/README.md, "Issue 13, third round") and costs a short answer nothing
     * measurable. A value the user set wins; it is read once, when the JVM's first client is made.
     */
    private static void readInLargeBuffers() {
        if (System.getProperty(BUFFER_SIZE_PROPERTY) == null) {
            System.setProperty(BUFFER_SIZE_PROPERTY, String.valueOf(READ_BUFFER_BYTES));
        }
    }

    /** For an {@code http://} endpoint, a TLS context that is never used (see {@link UnusedTls}). */
    private static HttpClient.Builder unusedTlsFor(URI endpoint, HttpClient.Builder builder) {
        return "http".equalsIgnoreCase(endpoint.getScheme())
                ? builder.sslContext(UnusedTls.context()).sslParameters(UnusedTls.parameters()) : builder;
    }

    private HttpMmsClient(ClientSettings settings, CredentialsProvider credentials, Clock clock,
                          Supplier<String> nonces, HttpClient http) {
        this.settings = settings;
        this.credentials = credentials;
        this.clock = clock;
        this.nonces = nonces;
        this.http = http;
        this.retries = new RetryLoop(settings.retry(), settings.deadline());
        this.trace = new HttpTrace(settings.trace());
    }

    /**
     * The same client (connections, deadline, trace) with another retry policy: a poller that retries by polling
     * again asks for {@link RetryPolicy#none()} here, so that its retries do not multiply the client's.
     */
    public HttpMmsClient withRetries(RetryPolicy policy) {
        ClientSettings other = new ClientSettings(settings.endpoint(), settings.requestTimeout(),
                settings.connectTimeout(), policy, settings.deadline(), settings.trace(), settings.userAgent());
        return new HttpMmsClient(other, credentials, clock, nonces, http);
    }

    /** The deadline every request of this client is bounded by. */
    public Deadline deadline() {
        return settings.deadline();
    }

    /** The CreateMmsJob request that {@link #createJob} sends for this spec, byte for byte, without sending it. */
    public static RequestPreview previewCreateJob(long sourceId, JobSpec spec) {
        return new RequestPreview("CreateMmsJob", "POST", jobsPath(sourceId),
                new String(createJobBody(spec), StandardCharsets.UTF_8));
    }

    private static byte[] createJobBody(JobSpec spec) {
        try {
            return Json.mapper().writeValueAsBytes(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the job spec as JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public long createJob(long sourceId, JobSpec spec) {
        byte[] body = createJobBody(spec);
        Call call = new Call("POST", "CreateMmsJob", jobsPath(sourceId), Map.of(), body);
        // A POST is repeated only when the server provably did not act on it: the connection was never made, or the
        // gateway throttled it (throttling rejects before the API runs). After a timeout, a reset or a 5xx the job
        // may exist already, and a second CreateMmsJob would create a duplicate migration job.
        JsonNode data = retries.run(pending(call), e -> TransportFailures.neverSent(e) || isThrottling(e),
                () -> send(call));
        JsonNode id = data == null ? null : data.get("asyncTaskId");
        if (id == null || !id.canConvertToLong()) {
            throw ApiException.transport("malformed answer from " + where() + ": CreateMmsJob returned no asyncTaskId",
                    null, ApiException.Transport.MALFORMED);
        }
        return id.asLong();
    }

    @Override
    public Page<Job> listJobs(long sourceId, JobQuery query) {
        return readPage(listJobsCall(sourceId, query), Job.class, Job::withWire);
    }

    @Override
    public Page<JsonNode> listJobObjects(long sourceId, JobQuery query) {
        return readObjects(listJobsCall(sourceId, query));
    }

    private Call listJobsCall(long sourceId, JobQuery query) {
        return new Call("GET", "ListMmsJobs", jobsPath(sourceId), query.toParameters(), null);
    }

    @Override
    public Job getJob(long sourceId, long jobId) {
        Call call = new Call("GET", "GetMmsJob", jobsPath(sourceId) + "/" + jobId, Map.of(), null);
        JsonNode data = getData(call);
        return this.<Job>read(call, data, new TypeReference<>() { }).withWire(data);
    }

    @Override
    public AsyncTask getAsyncTask(long sourceId, long asyncTaskId) {
        String path = DATASOURCES + "/" + segment(sourceId) + "/asyncTasks/" + segment(asyncTaskId);
        Call call = new Call("GET", "GetMmsAsyncTask", path, Map.of(), null);
        JsonNode data = getData(call);
        return this.<AsyncTask>read(call, data, new TypeReference<>() { }).withWire(data);
    }

    @Override
    public Page<DataSource> listDataSources(String name, String type, Integer pageNum, Integer pageSize) {
        Map<String, String> query = new LinkedHashMap<>();
        putIfSet(query, "name", name);
        putIfSet(query, "type", type);
        putIfSet(query, "pageNum", pageNum);
        putIfSet(query, "pageSize", pageSize);
        return readPage(new Call("GET", "ListMmsDataSources", DATASOURCES, query, null), DataSource.class,
                DataSource::withWire);
    }

    @Override
    public DataSource getDataSource(long sourceId) {
        Call call = new Call("GET", "GetMmsDataSource", DATASOURCES + "/" + segment(sourceId),
                Map.of("withConfig", "true"), null);
        JsonNode data = getData(call);
        return this.<DataSource>read(call, data, new TypeReference<>() { }).withWire(data);
    }

    @Override
    public Page<Database> listDatabases(long sourceId, DbQuery query) {
        Call call = new Call("GET", "ListMmsDbs", sourcePath(sourceId) + "/dbs", query.toParameters(), null);
        return readPage(call, Database.class, Database::withWire);
    }

    @Override
    public Page<Table> listTables(long sourceId, TableQuery query) {
        Call call = new Call("GET", "ListMmsTables", sourcePath(sourceId) + "/tables", query.toParameters(), null);
        return readPage(call, Table.class, Table::withWire);
    }

    @Override
    public Page<Partition> listPartitions(long sourceId, PartitionQuery query) {
        Call call = new Call("GET", "ListMmsPartitions", sourcePath(sourceId) + "/partitions", query.toParameters(),
                null);
        return readPage(call, Partition.class, Partition::withWire);
    }

    @Override
    public Page<Task> listTasks(long sourceId, TaskQuery query) {
        Call call = new Call("GET", "ListMmsTasks", sourcePath(sourceId) + "/tasks", query.toParameters(), null);
        return readPage(call, Task.class, Task::withWire);
    }

    @Override
    public Task getTask(long sourceId, long taskId) {
        Call call = new Call("GET", "GetMmsTask", sourcePath(sourceId) + "/tasks/" + segment(taskId), Map.of(), null);
        JsonNode data = getData(call);
        return this.<Task>read(call, data, new TypeReference<>() { }).withWire(data);
    }

    @Override
    public List<TaskLog> listTaskLogs(long sourceId, long taskId) {
        Call call = new Call("GET", "ListMmsTaskLogs", sourcePath(sourceId) + "/tasks/" + segment(taskId) + "/logs",
                Map.of(), null);
        JsonNode data = getData(call);
        List<TaskLog> logs = read(call, data, new TypeReference<>() { });
        if (logs == null || !data.isArray() || data.size() != logs.size()) {
            return logs == null ? List.of() : logs;
        }
        List<TaskLog> withWire = new ArrayList<>(logs.size());
        for (int i = 0; i < logs.size(); i++) {
            withWire.add(logs.get(i) == null ? null : logs.get(i).withWire(data.get(i)));
        }
        return withWire;
    }

    @Override
    public long startJob(long sourceId, long jobId) {
        return jobAction("StartMmsJob", jobsPath(sourceId) + "/" + segment(jobId) + "/start", jobId);
    }

    @Override
    public long stopJob(long sourceId, long jobId) {
        return jobAction("StopMmsJob", jobsPath(sourceId) + "/" + segment(jobId) + "/stop", jobId);
    }

    @Override
    public long retryJob(long sourceId, long jobId) {
        return jobAction("RetryMmsJob", jobsPath(sourceId) + "/" + segment(jobId) + "/retry", jobId);
    }

    @Override
    public long deleteJob(long sourceId, long jobId) {
        return jobAction("DeleteMmsJob", jobsPath(sourceId) + "/" + segment(jobId), jobId);
    }

    /**
     * A POST on a job that answers {@code data: <job id>}. Like a creation it is repeated only when the server
     * provably did not act on it (never sent, or throttled): after a timeout the action may have happened already.
     */
    private long jobAction(String action, String path, long jobId) {
        Call call = new Call("POST", action, path, Map.of(), null);
        JsonNode data = retries.run(pending(call), e -> TransportFailures.neverSent(e) || isThrottling(e),
                () -> send(call));
        return data != null && data.canConvertToLong() ? data.asLong() : jobId;
    }

    /** A page whose items each keep the JSON object the server sent for them (see {@link WireForm}). */
    private <T> Page<T> readPage(Call call, Class<T> type, BiFunction<T, JsonNode, T> withWire) {
        Page<JsonNode> objects = readObjects(call);
        ObjectReader reader = reader(Json.mapper().readerFor(type));
        return objects.map(object -> withWire.apply(read(call, object, reader), object));
    }

    /**
     * A page whose items stay the JSON objects the server sent: total, pageNum and pageSize read as for any page, and
     * objectList an array (or absent) of objects, a null in it being no item.
     */
    private Page<JsonNode> readObjects(Call call) {
        JsonNode data = getData(call);
        if (!data.isObject()) {
            throw malformed(call, null);
        }
        Integer total = pageField(call, data, "total");
        Integer pageNum = pageField(call, data, "pageNum");
        Integer pageSize = pageField(call, data, "pageSize");
        JsonNode list = data.get("objectList");
        if (list == null || list.isNull()) {
            return new Page<>(total, pageNum, pageSize, null);
        }
        if (!list.isArray()) {
            throw malformed(call, null);
        }
        List<JsonNode> items = new ArrayList<>(list.size());
        for (JsonNode item : list) {
            if (!item.isObject() && !item.isNull()) {
                throw malformed(call, null);
            }
            items.add(item.isNull() ? null : item);
        }
        return new Page<>(total, pageNum, pageSize, items);
    }

    /** total, pageNum or pageSize: an integer (or one in a string), or absent. */
    private Integer pageField(Call call, JsonNode data, String field) {
        Long value;
        try {
            value = Json.integer(data, field);
        } catch (IllegalArgumentException e) {
            throw malformed(call, e);
        }
        if (value != null && value != value.intValue()) {
            throw malformed(call, new IllegalArgumentException(field + " is out of range: " + value));
        }
        return value == null ? null : value.intValue();
    }

    /** A GET has no side effect, so every failure that may pass is retried. */
    private <T> T get(Call call, TypeReference<T> type) {
        return read(call, getData(call), type);
    }

    private JsonNode getData(Call call) {
        JsonNode data = retries.run(pending(call), ApiException::isRetryable, () -> send(call));
        if (data == null) {
            throw ApiException.transport("malformed answer from " + where() + " to " + call.action()
                    + ": no data", null, ApiException.Transport.MALFORMED);
        }
        return data;
    }

    private <T> T read(Call call, JsonNode data, TypeReference<T> type) {
        return read(call, data, reader(Json.mapper().readerFor(type)));
    }

    private <T> T read(Call call, JsonNode data, ObjectReader reader) {
        try {
            return reader.readValue(data);
        } catch (IOException e) {
            throw malformed(call, e);
        }
    }

    /** A reader to which a field the service adds later is not an error. */
    private static ObjectReader reader(ObjectReader strict) {
        return strict.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private ApiException malformed(Call call, Exception cause) {
        return ApiException.transport("malformed answer from " + where() + " to " + call.action()
                + ": its data does not have the documented shape", cause, ApiException.Transport.MALFORMED);
    }

    private static boolean isThrottling(ApiException e) {
        return e.httpStatus() == 429 || (e.code() != null && e.code().startsWith("Throttling"));
    }

    /**
     * One attempt: a fresh date, nonce and signature every time, since the server rejects a reused nonce. The attempt
     * may take the per-request timeout or the time left before the deadline, whichever is shorter, for the whole
     * exchange: connection, request and the full answer (the JDK's own request timeout stops at the headers).
     */
    private JsonNode send(Call call) {
        Duration budget = settings.deadline().cap(settings.requestTimeout());
        if (budget.isZero()) {
            throw new DeadlineExceededException(retries.timedOut() + ": " + pending(call) + " was not sent", null);
        }
        boolean cutByDeadline = budget.compareTo(settings.requestTimeout()) < 0;
        byte[] body = call.body() == null ? new byte[0] : call.body();
        String path = basePath() + call.path();
        Map<String, String> headers = signedHeaders(call, path, body);
        String url = settings.endpoint().getScheme() + "://" + settings.endpoint().getRawAuthority() + path
                + formQuery(call.query());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(budget);
        headers.forEach((name, value) -> {
            if (!name.equals("host")) { // the JDK writes Host itself and refuses it here; we signed what it sends
                request.header(name, value);
            }
        });
        request.method(call.method(), call.body() == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        trace.request(call.method(), url, headers);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> response;
        try {
            response = awaitAnswer(exchange, budget, call.method(), url, started);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            ApiException failure = cutByDeadline
                    ? new DeadlineExceededException(retries.timedOut() + ": no answer yet to " + pending(call),
                            null)
                    : ApiException.transport("no answer from " + where() + " within "
                            + RetryLoop.human(settings.requestTimeout()), null, ApiException.Transport.NO_ANSWER);
            trace.failure(call.method(), url, failure.getMessage(), elapsed(started));
            throw failure;
        } catch (ExecutionException e) {
            IOException io = ioCause(e);
            ApiException failure = cutByDeadline && io instanceof java.net.http.HttpTimeoutException
                    && !(io instanceof java.net.http.HttpConnectTimeoutException)
                    ? new DeadlineExceededException(retries.timedOut() + ": no answer yet to " + pending(call), io)
                    : TransportFailures.describe(settings.endpoint(), io, settings.requestTimeout(),
                            settings.connectTimeout());
            if (!answered && !isHttps() && failure.transport() == ApiException.Transport.CLOSED
                    && SchemeProbe.speaksTls(settings.endpoint(), settings.deadline().cap(PROBE_TIMEOUT))) {
                failure = TransportFailures.notPlainHttp(settings.endpoint(), io);
            }
            trace.failure(call.method(), url, failure.getMessage() + " [" + TransportFailures.jdkDetail(io) + "]",
                    elapsed(started));
            throw failure;
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiException.transport("interrupted while waiting for " + where(), e);
        }
        return readAnswer(call, url, response, started);
    }

    /**
     * Waits for the whole answer, at most {@code budget}. The first request to an https endpoint whose handshake is
     * still unanswered after {@link #PROBE_AFTER} asks the port whether it speaks plain HTTP: if so, it fails at once
     * instead of waiting out the connect timeout, and says which scheme to use.
     */
    private HttpResponse<byte[]> awaitAnswer(CompletableFuture<HttpResponse<byte[]>> exchange, Duration budget,
                                             String method, String url, long started)
            throws TimeoutException, ExecutionException, InterruptedException {
        long until = System.nanoTime() + budget.toNanos();
        if (isHttps() && !answered && budget.compareTo(PROBE_AFTER.plus(PROBE_TIMEOUT)) > 0) {
            try {
                return exchange.get(PROBE_AFTER.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stalled) {
                if (SchemeProbe.answersPlainHttp(settings.endpoint(), PROBE_TIMEOUT)) {
                    exchange.cancel(true);
                    ApiException failure = TransportFailures.notTls(settings.endpoint(), null);
                    trace.failure(method, url, failure.getMessage() + " [the TLS handshake got no answer; the port"
                            + " answered a plain HTTP request]", elapsed(started));
                    throw failure;
                }
            }
        }
        return exchange.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private boolean isHttps() {
        return "https".equalsIgnoreCase(settings.endpoint().getScheme());
    }

    /** The IOException inside an exchange's failure; anything else (a bug) is wrapped in one. */
    private static IOException ioCause(ExecutionException e) {
        Throwable cause = e.getCause();
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof IOException io ? io : new IOException(String.valueOf(cause), cause);
    }

    /** "ListMmsJobs (page 3) from host:port": what a deadline message says was pending. */
    private String pending(Call call) {
        String page = call.query().get("pageNum");
        return call.action() + (page == null ? "" : " (page " + page + ")") + " from " + where();
    }

    private JsonNode readAnswer(Call call, String url, HttpResponse<byte[]> response, long started) {
        answered = true;
        int status = response.statusCode();
        if (status >= 400) {
            ApiException error = ErrorResponseParser.parse(status,
                    response.headers().firstValue("content-type").orElse(null), response.body(),
                    response.headers().firstValue("x-acs-retry-after").orElse(null),
                    response.headers().firstValue("x-acs-request-id").orElse(null));
            trace.response(call.method(), url, status, error.requestId(), elapsed(started));
            throw error;
        }
        JsonNode root;
        IOException unreadable = null;
        try {
            root = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            root = null;
            unreadable = e;
        }
        if (root == null || !root.isObject()) {
            trace.response(call.method(), url, status, null, elapsed(started));
            // A JSON text that ends too early is an answer cut short (a proxy, a dropped connection), not a bad API.
            boolean cutOff = unreadable instanceof com.fasterxml.jackson.core.io.JsonEOFException
                    || (unreadable == null && (root == null || root.isMissingNode()));
            throw ApiException.transport((cutOff ? "the answer from " + where() + " to " + call.action()
                    + " was cut off (HTTP " + status + ", " + response.body().length + " bytes of incomplete JSON)"
                    : "malformed answer from " + where() + " to " + call.action() + ": HTTP " + status
                    + " with a body that is not a JSON object"), unreadable,
                    cutOff ? ApiException.Transport.CUT_OFF : ApiException.Transport.MALFORMED);
        }
        JsonNode requestId = root.get("requestId");
        trace.response(call.method(), url, status, requestId == null ? null : requestId.asText(), elapsed(started));
        JsonNode data = root.get("data");
        return data == null || data.isNull() ? null : data;
    }

    private Map<String, String> signedHeaders(Call call, String path, byte[] body) {
        Credentials key = credentials.get();
        String payloadHash = Acs3Signer.sha256Hex(body);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", hostHeader(settings.endpoint()));
        headers.put("x-acs-version", API_VERSION);
        headers.put("x-acs-action", call.action());
        headers.put("x-acs-date", ACS_DATE.format(clock.instant()));
        headers.put("x-acs-signature-nonce", nonces.get());
        headers.put("accept", "application/json");
        headers.put("user-agent", settings.userAgent());
        headers.put("x-acs-content-sha256", payloadHash);
        if (call.body() != null) {
            headers.put("content-type", "application/json; charset=utf-8");
        }
        if (key.securityToken() != null && !key.securityToken().isBlank()) {
            headers.put("x-acs-security-token", key.securityToken());
            headers.put("x-acs-accesskey-id", key.accessKeyId());
        }
        headers.put("authorization", Acs3Signer.authorization(key.accessKeyId(), key.accessKeySecret(),
                call.method(), path, call.query(), headers, payloadHash));
        return headers;
    }

    /** The Host value the JDK client sends: host[:port], the port left out when it is the scheme's default. */
    static String hostHeader(URI endpoint) {
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || port == ("https".equals(endpoint.getScheme()) ? 443 : 80);
        return defaultPort ? endpoint.getHost() : endpoint.getHost() + ":" + port;
    }

    /** Form encoding (space as {@code +}), as the Java SDK's composeUrl sends it; the server form-decodes. */
    static String formQuery(Map<String, String> query) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((k, v) -> {
            if (v != null) {
                joined.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }

    private String basePath() {
        String raw = settings.endpoint().getRawPath();
        return raw == null ? "" : raw.replaceAll("/+$", "");
    }

    private static String sourcePath(long sourceId) {
        return DATASOURCES + "/" + segment(sourceId);
    }

    private static String jobsPath(long sourceId) {
        return sourcePath(sourceId) + "/jobs";
    }

    /** A path parameter, RFC 3986-encoded as the SDK's getEncodeParam does it. */
    private static String segment(Object value) {
        return Acs3Signer.percentEncode(String.valueOf(value));
    }

    private static void putIfSet(Map<String, String> query, String key, Object value) {
        if (value != null) {
            query.put(key, String.valueOf(value));
        }
    }

    private String where() {
        return TransportFailures.hostAndPort(settings.endpoint());
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** One API operation as sent: method, action name, path (already encoded), query and body (null for none). */
    private record Call(String method, String action, String path, Map<String, String> query, byte[] body) {
    }
}
