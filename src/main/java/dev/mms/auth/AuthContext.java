package dev.mms.auth;

import dev.mms.api.Deadline;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the credential sources read and call through: the environment, the home directory ({@code ~/.aliyun}), the
 * clock that judges expiry, the invocation's one deadline (every STS, metadata or credentials-URI call and every
 * external command is bounded by it), and where STS and the metadata service are ({@link AuthEndpoints}).
 */
public final class AuthContext {

    private final Map<String, String> env;
    private final Path home;
    private final Clock clock;
    private final Supplier<Deadline> deadline;
    private final AuthEndpoints endpoints;
    private AuthHttp http;

    public AuthContext(Map<String, String> env, Path home, Clock clock, Supplier<Deadline> deadline) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.clock = clock;
        this.deadline = deadline;
        this.endpoints = new AuthEndpoints(this.env);
    }

    /** No deadline, the system clock: for tests and tools that have no invocation around them. */
    public static AuthContext of(Map<String, String> env, Path home) {
        Clock clock = Clock.systemUTC();
        return new AuthContext(env, home, clock, () -> Deadline.none(clock));
    }

    public Map<String, String> env() {
        return env;
    }

    /** The variable's trimmed value, or null when unset or blank. */
    public String variable(String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public boolean isTrue(String name) {
        return "true".equalsIgnoreCase(variable(name));
    }

    public Path home() {
        return home;
    }

    public Clock clock() {
        return clock;
    }

    public Deadline deadline() {
        return deadline.get();
    }

    public AuthEndpoints endpoints() {
        return endpoints;
    }

    /** The one HTTP client of the credential sources, made on first use (most invocations never need it). */
    public synchronized AuthHttp http() {
        if (http == null) {
            http = new AuthHttp(this::deadline);
        }
        return http;
    }
}
