package dev.mms.api;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * How often and how long to wait before sending a failed request again. {@code notice} receives one human line per
 * retry (the CLI sends it to stderr); {@code maxAttempts} counts the first attempt too.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper,
                          Consumer<String> notice) {

    /** Attempts per call unless configured: the first one and three retries. */
    public static final int DEFAULT_ATTEMPTS = 4;
    /**
     * The longest wait a server's {@code x-acs-retry-after} can impose, as the aliyun CLI caps it: a gateway that asks
     * for an hour does not get to park a CI step for an hour. The invocation's deadline caps it further.
     */
    public static final Duration MAX_SERVER_DELAY = Duration.ofSeconds(60);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(sleeper, "sleeper");
        notice = notice == null ? line -> { } : notice;
    }

    /** Four attempts, 1s doubling up to 20s, real sleeping. */
    public static RetryPolicy defaults(Consumer<String> notice) {
        return defaults(DEFAULT_ATTEMPTS, Sleeper.system(), notice);
    }

    /** {@code attempts} attempts, 1s doubling up to 20s, waiting with {@code sleeper}. */
    public static RetryPolicy defaults(int attempts, Sleeper sleeper, Consumer<String> notice) {
        return new RetryPolicy(attempts, Duration.ofSeconds(1), Duration.ofSeconds(20), sleeper, notice);
    }

    /** One attempt only. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Sleeper.system(), null);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry). The server's {@code x-acs-retry-after}
     * wins when it gave one, because retrying earlier is only throttled again, up to {@link #MAX_SERVER_DELAY}.
     * Otherwise exponential backoff with
     * "equal jitter" (half fixed, half random) so that many clients throttled together do not come back together.
     */
    public Duration delayBeforeRetry(int retry, Long retryAfterSeconds, DoubleSupplier random) {
        if (retryAfterSeconds != null && retryAfterSeconds > 0) {
            return retryAfterSeconds >= MAX_SERVER_DELAY.toSeconds() ? MAX_SERVER_DELAY
                    : Duration.ofSeconds(retryAfterSeconds);
        }
        long initial = initialBackoff.toMillis();
        long exponential = retry >= 31 ? Long.MAX_VALUE : initial << Math.max(0, retry - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }
}
