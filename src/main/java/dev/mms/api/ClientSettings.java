package dev.mms.api;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link HttpMmsClient} talks to the service: the endpoint (for example
 * {@code https://maxcompute.cn-hangzhou.aliyuncs.com} or {@code http://127.0.0.1:18086}), the per-request timeout
 * (connect, send and the whole answer), the connect timeout, retries, the invocation's one {@link Deadline} that
 * bounds every request and retry wait, an optional {@code -v} trace sink (secrets already redacted) and the user
 * agent ({@code mms/<version>}).
 */
public record ClientSettings(URI endpoint, Duration requestTimeout, Duration connectTimeout, RetryPolicy retry,
                             Deadline deadline, Consumer<String> trace, String userAgent) {

    /** How long one request may take unless configured: the connection, the request and the whole answer. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long making the connection (TCP and TLS handshake) may take: short, because a reachable service accepts in
     * well under a second, and a port that swallows a TLS handshake should fail fast, not after the request timeout.
     */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** No deadline, the default connect timeout. */
    public ClientSettings(URI endpoint, Duration requestTimeout, RetryPolicy retry, Consumer<String> trace,
                          String userAgent) {
        this(endpoint, requestTimeout, null, retry, null, trace, userAgent);
    }

    public ClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.getHost() == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("endpoint must be an http or https URL with a host: " + endpoint);
        }
        requestTimeout = positive(requestTimeout, DEFAULT_REQUEST_TIMEOUT, "requestTimeout");
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        if (connectTimeout.compareTo(requestTimeout) > 0) {
            connectTimeout = requestTimeout;
        }
        retry = retry == null ? RetryPolicy.none() : retry;
        deadline = deadline == null ? Deadline.none(Clock.systemUTC()) : deadline;
        userAgent = userAgent == null || userAgent.isBlank() ? defaultUserAgent() : userAgent;
    }

    /** A copy bounded by {@code deadline}. */
    public ClientSettings withDeadline(Deadline deadline) {
        return new ClientSettings(endpoint, requestTimeout, connectTimeout, retry, deadline, trace, userAgent);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }

    /** {@code mms/<version>} from the jar manifest, {@code mms/dev} when run from classes. */
    public static String defaultUserAgent() {
        String version = ClientSettings.class.getPackage().getImplementationVersion();
        return "mms/" + (version == null ? "dev" : version);
    }
}
