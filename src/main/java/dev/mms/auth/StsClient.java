package dev.mms.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.sign.RpcSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The two STS operations the credential chain calls (docs/credentials.md, "STS"): {@code AssumeRole}, a GET signed
 * with the RPC HMAC-SHA1 signature of the caller's key (its token as {@code SecurityToken} when the key is
 * temporary), and {@code AssumeRoleWithOIDC}, a POST of a form body with the OIDC token, unsigned, as credentials-java
 * sends them. Version 2015-04-01, JSON answers.
 */
final class StsClient {

    static final String VERSION = "2015-04-01";
    private static final Duration LIMIT = Duration.ofSeconds(15);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** What to assume: role, session name, lifetime in seconds, and the optional external id and policy. */
    record Role(String roleArn, String sessionName, int durationSeconds, String externalId, String policy) {
    }

    private final AuthContext context;

    StsClient(AuthContext context) {
        this.context = context;
    }

    Credentials assumeRole(URI endpoint, Credentials caller, Role role) {
        String step = "AssumeRole of " + role.roleArn() + " at " + AuthHttp.where(endpoint);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Action", "AssumeRole");
        params.put("Format", "JSON");
        params.put("Version", VERSION);
        params.put("AccessKeyId", caller.accessKeyId());
        params.put("SignatureMethod", RpcSignature.METHOD);
        params.put("SignatureVersion", RpcSignature.VERSION);
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("Timestamp", TIMESTAMP.format(context.clock().instant()));
        params.put("DurationSeconds", String.valueOf(role.durationSeconds()));
        params.put("RoleArn", role.roleArn());
        params.put("RoleSessionName", role.sessionName());
        putIfSet(params, "ExternalId", role.externalId());
        putIfSet(params, "Policy", role.policy());
        putIfSet(params, "SecurityToken", caller.securityToken());
        params.put("Signature", RpcSignature.signature(caller.accessKeySecret(), "GET", params));
        URI uri = URI.create(base(endpoint) + "/?" + form(params));
        return answer(step, context.http().send(step, "GET", uri, Map.of("Accept", "application/json"), null, LIMIT));
    }

    Credentials assumeRoleWithOidc(URI endpoint, String providerArn, String oidcToken, Role role) {
        String step = "AssumeRoleWithOIDC of " + role.roleArn() + " at " + AuthHttp.where(endpoint);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("Action", "AssumeRoleWithOIDC");
        query.put("Format", "JSON");
        query.put("Version", VERSION);
        query.put("Timestamp", TIMESTAMP.format(context.clock().instant()));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("DurationSeconds", String.valueOf(role.durationSeconds()));
        body.put("RoleArn", role.roleArn());
        body.put("OIDCProviderArn", providerArn);
        body.put("OIDCToken", oidcToken);
        body.put("RoleSessionName", role.sessionName());
        putIfSet(body, "Policy", role.policy());
        URI uri = URI.create(base(endpoint) + "/?" + form(query));
        return answer(step, context.http().send(step, "POST", uri,
                Map.of("Accept", "application/json", "Content-Type", "application/x-www-form-urlencoded"),
                form(body).getBytes(StandardCharsets.UTF_8), LIMIT));
    }

    private static Credentials answer(String step, AuthHttp.Answer answer) {
        if (answer.status() != 200) {
            throw new CredentialsException(step + " was refused: "
                    + TemporaryKeyAnswer.refusal(answer.status(), answer.body()));
        }
        JsonNode root = TemporaryKeyAnswer.parse(step, answer.body());
        return TemporaryKeyAnswer.key(step, root.get("Credentials"), true);
    }

    private static String base(URI endpoint) {
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        return endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path;
    }

    static String form(Map<String, String> params) {
        StringJoiner joined = new StringJoiner("&");
        params.forEach((k, v) -> joined.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    private static void putIfSet(Map<String, String> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, value);
        }
    }
}
