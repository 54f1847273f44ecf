package dev.mms.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mms.sign.RpcSignature;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback stand-ins for the services that hand out temporary keys (docs/credentials.md): STS ({@code AssumeRole},
 * RPC-signed with the caller's key; {@code AssumeRoleWithOIDC}, unsigned, with the OIDC token), the ECS metadata
 * service ({@code /latest/api/token} then {@code /latest/meta-data/ram/security-credentials/<role>}, IMDSv2 token
 * required) and a credentials URI ({@code /credentials}). Every key handed out goes into the {@link AccessKeyStore}
 * that the emulator checks requests against, with the lifetime asked for (STS) or {@link #keyLifetime}.
 */
public final class IdentityStandIn implements AutoCloseable {

    static final DateTimeFormatter EXPIRATION =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final String METADATA_CREDENTIALS = "/latest/meta-data/ram/security-credentials/";

    /** One request a stand-in answered: which service step, and the parameters or headers that matter. */
    public record Call(String step, Map<String, String> parameters) {
    }

    private final AccessKeyStore keys;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> nonces = new ConcurrentHashMap<>();
    private final Map<String, Instant> metadataTokens = new ConcurrentHashMap<>();
    private volatile Duration keyLifetime = Duration.ofHours(1);
    private volatile String roleName = "mms-ecs-role";
    private volatile String oidcToken = "eyJhbGciOiJSUzI1NiJ9.test-oidc-token.signature";

    private IdentityStandIn(AccessKeyStore keys) throws IOException {
        this.keys = keys;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 20);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "mms-identity-stand-in");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static IdentityStandIn start(AccessKeyStore keys) throws IOException {
        return new IdentityStandIn(keys);
    }

    /** {@code http://127.0.0.1:<port>}: the STS endpoint, the metadata endpoint and the base of the credentials URI. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String credentialsUri() {
        return endpoint() + "/credentials";
    }

    /** How long the keys of the metadata service and the credentials URI live (STS uses DurationSeconds). */
    public IdentityStandIn keyLifetime(Duration value) {
        keyLifetime = value;
        return this;
    }

    public IdentityStandIn roleName(String value) {
        roleName = value;
        return this;
    }

    public String oidcToken() {
        return oidcToken;
    }

    public IdentityStandIn oidcToken(String value) {
        oidcToken = value;
        return this;
    }

    /** The next {@code count} requests of that step ("AssumeRole", "metadata-token", …) get HTTP 503. */
    public IdentityStandIn fail(String step, int count) {
        failures.put(step, new AtomicInteger(count));
        return this;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String step) {
        return calls.stream().filter(c -> c.step().equals(step)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            try {
                if (path.equals("/latest/api/token")) {
                    metadataToken(exchange, method);
                } else if (path.startsWith(METADATA_CREDENTIALS)) {
                    metadataCredentials(exchange, path.substring(METADATA_CREDENTIALS.length()));
                } else if (path.equals("/credentials")) {
                    record("credentials-uri", Map.of());
                    maybeFail("credentials-uri");
                    sendJson(exchange, 200, keyAnswer(keys.issueTemporary(keyLifetime), true));
                } else {
                    Map<String, String> params = new LinkedHashMap<>(
                            IncomingRequest.formDecode(exchange.getRequestURI().getRawQuery()));
                    params.putAll(IncomingRequest.formDecode(new String(body, StandardCharsets.UTF_8)));
                    sts(exchange, method, params);
                }
            } catch (Refusal r) {
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("RequestId", UUID.randomUUID().toString());
                error.put("HostId", "sts.aliyuncs.com");
                error.put("Code", r.code);
                error.put("Message", r.getMessage());
                sendJson(exchange, r.status, error);
            }
        }
    }

    private void metadataToken(HttpExchange exchange, String method) throws IOException {
        String ttl = exchange.getRequestHeaders().getFirst("X-aliyun-ecs-metadata-token-ttl-seconds");
        record("metadata-token", ttl == null ? Map.of() : Map.of("ttl", ttl));
        maybeFail("metadata-token");
        if (!method.equals("PUT") || ttl == null) {
            throw new Refusal(400, "BadRequest", "PUT with X-aliyun-ecs-metadata-token-ttl-seconds");
        }
        String token = UUID.randomUUID().toString();
        metadataTokens.put(token, keys.clock().instant().plusSeconds(Long.parseLong(ttl.trim())));
        sendText(exchange, 200, token);
    }

    private void metadataCredentials(HttpExchange exchange, String role) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("X-aliyun-ecs-metadata-token");
        record(role.isEmpty() ? "metadata-role" : "metadata-credentials", role.isEmpty() ? Map.of() : Map.of("role", role));
        maybeFail(role.isEmpty() ? "metadata-role" : "metadata-credentials");
        Instant tokenExpiry = token == null ? null : metadataTokens.get(token);
        if (tokenExpiry == null || !keys.clock().instant().isBefore(tokenExpiry)) {
            throw new Refusal(401, "Unauthorized", "an IMDSv2 token (X-aliyun-ecs-metadata-token) is required");
        }
        if (role.isEmpty()) {
            sendText(exchange, 200, roleName);
        } else if (!role.equals(roleName)) {
            throw new Refusal(404, "NotFound", "no role " + role + " is attached to this instance");
        } else {
            Map<String, Object> answer = keyAnswer(keys.issueTemporary(keyLifetime), true);
            answer.put("LastUpdated", EXPIRATION.format(keys.clock().instant()));
            sendJson(exchange, 200, answer);
        }
    }

    private void sts(HttpExchange exchange, String method, Map<String, String> params) throws IOException {
        String action = params.getOrDefault("Action", "");
        Map<String, String> shown = new LinkedHashMap<>(params);
        shown.remove("Signature");
        shown.remove("OIDCToken");
        shown.remove("SecurityToken");
        record(action, shown);
        maybeFail(action);
        if (!"2015-04-01".equals(params.get("Version"))) {
            throw new Refusal(400, "InvalidVersion", "Specified parameter Version is not valid.");
        }
        long seconds = durationSeconds(params);
        if (action.equals("AssumeRole")) {
            checkRpcSignature(method, params);
            require(params, "RoleArn");
            require(params, "RoleSessionName");
        } else if (action.equals("AssumeRoleWithOIDC")) {
            require(params, "RoleArn");
            require(params, "OIDCProviderArn");
            require(params, "RoleSessionName");
            if (!oidcToken.equals(params.get("OIDCToken"))) {
                throw new Refusal(400, "AuthenticationFail.OIDCToken.Invalid", "The OIDC token is not valid.");
            }
        } else {
            throw new Refusal(400, "InvalidAction.NotFound", "Specified api is not found: " + action);
        }
        AccessKeyStore.Key key = keys.issueTemporary(Duration.ofSeconds(seconds));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("RequestId", UUID.randomUUID().toString());
        answer.put("AssumedRoleUser", Map.of("Arn", params.get("RoleArn") + "/" + params.get("RoleSessionName"),
                "AssumedRoleId", "3" + Math.abs(params.get("RoleArn").hashCode()) + ":" + params.get("RoleSessionName")));
        answer.put("Credentials", keyAnswer(key, false));
        sendJson(exchange, 200, answer);
    }

    /** As STS checks it: the caller's key is known, its token sent when temporary, the signature, a fresh nonce. */
    private void checkRpcSignature(String method, Map<String, String> params) {
        for (String name : new String[] {"AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion",
                "SignatureNonce", "Timestamp"}) {
            if (params.get(name) == null || params.get(name).isBlank()) {
                throw new Refusal(400, "MissingParameter", "The input parameter \"" + name
                        + "\" that is mandatory for processing this request is not supplied.");
            }
        }
        if (!RpcSignature.METHOD.equals(params.get("SignatureMethod"))
                || !RpcSignature.VERSION.equals(params.get("SignatureVersion"))) {
            throw new Refusal(400, "InvalidParameter", "SignatureMethod must be HMAC-SHA1, SignatureVersion 1.0");
        }
        AccessKeyStore.Key caller = keys.find(params.get("AccessKeyId"));
        if (caller == null) {
            throw new Refusal(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        String expected = RpcSignature.signature(caller.accessKeySecret(), method, params);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                params.get("Signature").getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation."
                    + " Server StringToSign: " + RpcSignature.stringToSign(method, params));
        }
        if (caller.isTemporary()) {
            if (!caller.securityToken().equals(params.get("SecurityToken"))) {
                throw new Refusal(400, "InvalidSecurityToken.MismatchWithAccessKey",
                        "The security token does not belong to the access key.");
            }
            if (keys.hasExpired(caller)) {
                throw new Refusal(400, "InvalidSecurityToken.Expired", "The security token has expired.");
            }
        }
        Instant at;
        try {
            at = Instant.parse(params.get("Timestamp"));
        } catch (RuntimeException e) {
            throw new Refusal(400, "InvalidTimeStamp.Format", "Specified time stamp is not well formatted.");
        }
        if (Duration.between(at, keys.clock().instant()).abs().compareTo(RequestAuthenticator.MAX_SKEW) > 0) {
            throw new Refusal(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        if (nonces.putIfAbsent(params.get("SignatureNonce"), Boolean.TRUE) != null) {
            throw new Refusal(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
    }

    private static long durationSeconds(Map<String, String> params) {
        String value = params.getOrDefault("DurationSeconds", "3600");
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 900 || seconds > 43200) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new Refusal(400, "InvalidParameter.DurationSeconds",
                    "The parameter DurationSeconds must be between 900 and 43200, not " + value + ".");
        }
    }

    private static void require(Map<String, String> params, String name) {
        if (params.get(name) == null || params.get(name).isBlank()) {
            throw new Refusal(400, "MissingParameter", "The input parameter \"" + name
                    + "\" that is mandatory for processing this request is not supplied.");
        }
    }

    private Map<String, Object> keyAnswer(AccessKeyStore.Key key, boolean withCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (withCode) {
            m.put("Code", "Success");
        }
        m.put("AccessKeyId", key.accessKeyId());
        m.put("AccessKeySecret", key.accessKeySecret());
        m.put("SecurityToken", key.securityToken());
        m.put("Expiration", EXPIRATION.format(key.expiration()));
        return m;
    }

    private void record(String step, Map<String, String> parameters) {
        calls.add(new Call(step, Map.copyOf(parameters)));
    }

    private void maybeFail(String step) {
        AtomicInteger left = failures.get(step);
        if (left != null && left.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new Refusal(503, "ServiceUnavailable", "the " + step + " stand-in was told to fail");
        }
    }

    private void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static final class Refusal extends RuntimeException {
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
