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
        return new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(20), Sleeper.system(), notice);
    }

    /** One attempt only. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Sleeper.system(), null);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry). The server's {@code x-acs-retry-after}
     * wins when it gave one, because retrying earlier is only throttled again. Otherwise exponential backoff with
     * "equal jitter" (half fixed, half random) so that many clients throttled together do not come back together.
     */
    public Duration delayBeforeRetry(int retry, Long retryAfterSeconds, DoubleSupplier random) {
        if (retryAfterSeconds != null && retryAfterSeconds > 0) {
            return Duration.ofSeconds(retryAfterSeconds);
        }
        long initial = initialBackoff.toMillis();
        long exponential = retry >= 31 ? Long.MAX_VALUE : initial << Math.max(0, retry - 1);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxBackoff.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }
}
