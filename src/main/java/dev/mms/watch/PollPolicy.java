package dev.mms.watch;

import java.time.Duration;

/**
 * How every watch polls ({@code job watch}, {@code job create --watch}, {@code job list --watch}, the run engine):
 * the first interval, the cap it grows to while nothing changes, and how long transient errors in a row are ridden
 * out before the last one is reported. The outage is measured in time, not in failed polls: each poll is one client
 * call, which already made its own few request retries, so counting polls would multiply the client's attempts.
 */
public record PollPolicy(Duration interval, Duration maxInterval, Duration outageTolerance) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(2);
    public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofSeconds(15);
    /** A restart or a short outage of the service is ridden out; a longer one is reported (exit 7). */
    public static final Duration DEFAULT_OUTAGE_TOLERANCE = Duration.ofMinutes(5);
    /** The most a server's {@code x-acs-retry-after} may delay the next poll (the aliyun CLI caps at 60 s too). */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    /** Each wait grows by this factor while nothing changes, and after a failed poll. */
    static final double BACKOFF_FACTOR = 1.5;

    public PollPolicy {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the polling interval must be positive, was " + interval);
        }
        if (maxInterval == null || maxInterval.compareTo(interval) < 0) {
            throw new IllegalArgumentException("the maximum interval (" + maxInterval
                    + ") must be at least the interval (" + interval + ")");
        }
        if (outageTolerance == null || outageTolerance.isNegative()) {
            throw new IllegalArgumentException("the outage tolerance must not be negative, was " + outageTolerance);
        }
    }

    /** 2s growing to 15s, outages of up to 5 minutes ridden out. */
    public static PollPolicy defaults() {
        return of(null);
    }

    /**
     * The defaults with the interval a user gave (null: the default); the cap is raised to the interval when the
     * user asked for a slower poll than the default cap.
     */
    public static PollPolicy of(Duration interval) {
        Duration first = interval == null ? DEFAULT_INTERVAL : interval;
        Duration cap = first.compareTo(DEFAULT_MAX_INTERVAL) > 0 ? first : DEFAULT_MAX_INTERVAL;
        return new PollPolicy(first, cap, DEFAULT_OUTAGE_TOLERANCE);
    }

    /** A policy that never grows the interval: {@code job list --watch} redraws at the pace asked for. */
    public PollPolicy steady() {
        return new PollPolicy(interval, interval, outageTolerance);
    }

    Duration grow(Duration current) {
        Duration next = Duration.ofMillis(Math.round(current.toMillis() * BACKOFF_FACTOR));
        return next.compareTo(maxInterval) > 0 ? maxInterval : next;
    }
}
