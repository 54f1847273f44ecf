package dev.mms.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mms.sign.Acs3Signer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/** A raw JDK HttpClient that signs requests by hand with {@link Acs3Signer}, for tests that need to bend the rules. */
final class SignedHttp {

    /** A response: status, parsed JSON body and the headers that matter. */
    record Response(int status, JsonNode body, String retryAfter) {
        String code() {
            return body.has("Code") ? body.get("Code").asText() : body.path("code").asText();
        }

        String message() {
            return body.has("Message") ? body.get("Message").asText() : body.path("message").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String accessKeyId;
    private final String secret;

    SignedHttp(int port, String accessKeyId, String secret) {
        this.port = port;
        this.accessKeyId = accessKeyId;
        this.secret = secret;
    }

    String host() {
        return "127.0.0.1:" + port;
    }

    /** The headers the SDK would send, signed at {@code date}. */
    Map<String, String> signedHeaders(String method, String path, Map<String, String> query, byte[] body,
                                      String date, String nonce) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("host", host());
        h.put("x-acs-version", "2022-01-04");
        h.put("x-acs-date", date);
        h.put("x-acs-signature-nonce", nonce);
        h.put("x-acs-content-sha256", Acs3Signer.sha256Hex(body));
        if (body.length > 0) {
            h.put("content-type", "application/json; charset=utf-8");
        }
        h.put("Authorization", Acs3Signer.authorization(accessKeyId, secret, method, path, query, h,
                Acs3Signer.sha256Hex(body)));
        return h;
    }

    Response get(String path, Map<String, String> query, Instant now) throws IOException, InterruptedException {
        return send("GET", path, query, new byte[0], now);
    }

    Response post(String path, String body, Instant now) throws IOException, InterruptedException {
        return send("POST", path, Map.of(), body.getBytes(StandardCharsets.UTF_8), now);
    }

    Response send(String method, String path, Map<String, String> query, byte[] body, Instant now)
            throws IOException, InterruptedException {
        return send(method, path, formEncode(query), body,
                signedHeaders(method, path, query, body, now.toString(), UUID.randomUUID().toString()));
    }

    /** Sends exactly these headers ({@code host} is set by the client itself) and body. */
    Response send(String method, String path, String rawQuery, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + host() + path
                + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("host")) {
                b.header(k, v);
            }
        });
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), JSON.readTree(r.body()),
                r.headers().firstValue("x-acs-retry-after").orElse(null));
    }

    /** Form-style encoding as Java Tea's composeUrl does it: a space becomes {@code +}. */
    static String formEncode(Map<String, String> query) {
        StringJoiner q = new StringJoiner("&");
        query.forEach((k, v) -> q.add(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }
}
