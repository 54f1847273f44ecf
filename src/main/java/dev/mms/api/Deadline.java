package dev.mms.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The one deadline of an invocation ({@code --timeout}): every request, retry wait and poll of a command asks it how
 * much time is left. {@link #none(Clock)} is a deadline that never passes. Read from an injected clock so that tests
 * move time instead of waiting for it.
 */
public final class Deadline {

    private final Clock clock;
    private final Instant at;
    private final Duration timeout;

    private Deadline(Clock clock, Instant at, Duration timeout) {
        this.clock = clock;
        this.at = at;
        this.timeout = timeout;
    }

    /** A deadline {@code timeout} from now on {@code clock}; a null timeout means none. */
    public static Deadline after(Clock clock, Duration timeout) {
        if (timeout == null) {
            return none(clock);
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("the timeout must not be negative, was " + timeout);
        }
        return new Deadline(clock, clock.instant().plus(timeout), timeout);
    }

    public static Deadline none(Clock clock) {
        return new Deadline(clock, null, null);
    }

    public Clock clock() {
        return clock;
    }

    public boolean isBounded() {
        return at != null;
    }

    /** The whole timeout this deadline was made from, or null when unbounded. */
    public Duration timeout() {
        return timeout;
    }

    /** Time left, zero once passed, or null when unbounded. */
    public Duration remaining() {
        if (at == null) {
            return null;
        }
        Instant now = clock.instant();
        return now.isBefore(at) ? Duration.between(now, at) : Duration.ZERO;
    }

    public boolean hasPassed() {
        return at != null && !clock.instant().isBefore(at);
    }

    /** The smaller of {@code wait} and the time left: what a request timeout, a retry sleep or a poll may use. */
    public Duration cap(Duration wait) {
        Duration left = remaining();
        return left == null || wait.compareTo(left) <= 0 ? wait : left;
    }
}
