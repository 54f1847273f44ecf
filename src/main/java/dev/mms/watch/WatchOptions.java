package dev.mms.watch;

import java.time.Duration;

/**
 * How a watch polls: the first interval, the cap the interval grows to while nothing changes, one overall timeout
 * (null for none), and how many transient errors in a row are retried before the last one is raised.
 */
public record WatchOptions(Duration interval, Duration maxInterval, Duration timeout, int maxConsecutiveFailures) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(15);
    /** About four minutes of failures at the default cap: a short outage is ridden out, a long one is reported. */
    public static final int DEFAULT_MAX_CONSECUTIVE_FAILURES = 20;

    public WatchOptions {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the polling interval must be positive, was " + interval);
        }
        if (maxInterval == null || maxInterval.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the maximum interval (" + maxInterval
                    + ") must be at least the interval (" + interval + ")");
        }
        if (timeout != null && timeout.isNegative()) {
            throw new IllegalArgumentException("the timeout must not be negative, was " + timeout);
        }
        if (maxConsecutiveFailures < 0) {
            throw new IllegalArgumentException("maxConsecutiveFailures must not be negative");
        }
    }

    public WatchOptions(Duration interval, Duration maxInterval, Duration timeout) {
        this(interval, maxInterval, timeout, DEFAULT_MAX_CONSECUTIVE_FAILURES);
    }

    /** 2s growing to 15s, no timeout. */
    public static WatchOptions defaults() {
        return new WatchOptions(DEFAULT_INTERVAL, DEFAULT_MAX_INTERVAL, null);
    }

    /**
     * The defaults with the interval and timeout a user gave (either may be null); the cap is raised to the interval
     * when the user asked for a slower poll than the default cap.
     */
    public static WatchOptions of(Duration interval, Duration timeout) {
        Duration first = interval == null ? DEFAULT_INTERVAL : interval;
        Duration cap = first.compareTo(DEFAULT_MAX_INTERVAL) > 0 ? first : DEFAULT_MAX_INTERVAL;
        return new WatchOptions(first, cap, timeout);
    }
}
