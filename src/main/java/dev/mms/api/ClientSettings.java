package dev.mms.api;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link HttpMmsClient} talks to the service: the endpoint (for example
 * {@code https://maxcompute.cn-hangzhou.aliyuncs.com} or {@code http://127.0.0.1:18086}), the per-request timeout,
 * retries, an optional {@code -v} trace sink (secrets already redacted) and the user agent ({@code mms/<version>}).
 */
public record ClientSettings(URI endpoint, Duration requestTimeout, RetryPolicy retry, Consumer<String> trace,
                             String userAgent) {

    public ClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint.getHost() == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("endpoint must be an http or https URL with a host: " + endpoint);
        }
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
        retry = retry == null ? RetryPolicy.none() : retry;
        userAgent = userAgent == null || userAgent.isBlank() ? defaultUserAgent() : userAgent;
    }

    /** {@code mms/<version>} from the jar manifest, {@code mms/dev} when run from classes. */
    public static String defaultUserAgent() {
        String version = ClientSettings.class.getPackage().getImplementationVersion();
        return "mms/" + (version == null ? "dev" : version);
    }
}
