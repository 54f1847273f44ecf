package dev.mms.auth;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The RAM role key of an ECS instance from its metadata service (docs/credentials.md, "ECS RAM role"): first an
 * IMDSv2 session token ({@code PUT /latest/api/token} with {@code X-aliyun-ecs-metadata-token-ttl-seconds}), sent
 * with every later request as {@code X-aliyun-ecs-metadata-token}; the role name from
 * {@code /latest/meta-data/ram/security-credentials/} when none is configured; then the key from
 * {@code .../security-credentials/<role>}. Without a token the requests go out without one (IMDSv1), unless
 * {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true}.
 */
final class EcsMetadataClient {

    static final String TOKEN_TTL_SECONDS = "21600";
    private static final String CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
    private static final Duration LIMIT = Duration.ofSeconds(5);

    private final AuthContext context;

    EcsMetadataClient(AuthContext context) {
        this.context = context;
    }

    /** {@code roleName} null or blank: the instance's role, as the metadata service names it. */
    Credentials fetch(String roleName) {
        URI base = context.endpoints().metadata();
        String token = sessionToken(base);
        Map<String, String> headers = token == null ? Map.of() : Map.of("X-aliyun-ecs-metadata-token", token);
        String role = roleName == null || roleName.isBlank() ? roleName(base, headers) : roleName.trim();
        String step = "ECS metadata credentials of role " + role;
        AuthHttp.Answer answer = context.http().send(step, "GET", base.resolve(CREDENTIALS_PATH + role), headers,
                null, LIMIT);
        if (answer.status() == 404) {
            throw new CredentialsException(step + ": this instance has no RAM role named " + role);
        }
        if (answer.status() != 200) {
            throw new CredentialsException(step + " was refused: HTTP " + answer.status());
        }
        var root = TemporaryKeyAnswer.parse(step, answer.body());
        String code = TemporaryKeyAnswer.text(root, "Code");
        if (code != null && !code.equals("Success")) {
            throw new CredentialsException(step + ": the metadata service answered Code " + code);
        }
        return TemporaryKeyAnswer.key(step, root, true);
    }

    private String sessionToken(URI base) {
        String step = "ECS metadata IMDSv2 token (PUT " + AuthHttp.where(base.resolve("/latest/api/token")) + ")";
        boolean v1Disabled = context.isTrue("ALIBABA_CLOUD_IMDSV1_DISABLED");
        try {
            AuthHttp.Answer answer = context.http().send(step, "PUT", base.resolve("/latest/api/token"),
                    Map.of("X-aliyun-ecs-metadata-token-ttl-seconds", TOKEN_TTL_SECONDS), new byte[0], LIMIT);
            if (answer.status() == 200 && !answer.body().isBlank()) {
                return answer.body().trim();
            }
            if (v1Disabled) {
                throw new CredentialsException(step + " was refused: HTTP " + answer.status()
                        + " (and ALIBABA_CLOUD_IMDSV1_DISABLED=true forbids going on without it)");
            }
            return null;
        } catch (CredentialsException e) {
            if (v1Disabled) {
                throw e;
            }
            return null;
        }
    }

    private String roleName(URI base, Map<String, String> headers) {
        String step = "ECS metadata role name (" + AuthHttp.where(base.resolve(CREDENTIALS_PATH)) + ")";
        AuthHttp.Answer answer = context.http().send(step, "GET", base.resolve(CREDENTIALS_PATH), headers, null,
                LIMIT);
        if (answer.status() != 200 || answer.body().isBlank()) {
            throw new CredentialsException(step + " was refused: HTTP " + answer.status()
                    + "; is a RAM role attached to this instance?");
        }
        return answer.body().trim().lines().findFirst().orElse("").trim();
    }
}
