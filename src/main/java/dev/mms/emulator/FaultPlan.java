package dev.mms.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;

/**
 * Faults the emulator injects for reliability tests, parsed from {@code --faults} such as
 * {@code latency=200ms,5xx=0.1,throttle=0.1,drop=0.05,truncate=0.05,hang=0.01,retry-after=2,outage=30s,outage-after=5s}:
 * a delay before every answer; per-request probabilities of a 503 {@code ServiceUnavailable}, a
 * {@code Throttling.User} answer carrying {@code x-acs-retry-after}, a connection closed without an answer, a 200 whose
 * body is cut short, and a request that never gets any answer at all (held until the server stops); and an outage:
 * for {@code outage} from {@code outage-after} after the server started, every connection is closed unanswered, as
 * a service that has gone away. {@code commit-drop} and {@code commit-5xx} act after the request was handled (a job
 * created, say) and then lose the answer: the connection closes without one, or a 500 comes back; they are what makes
 * a client that re-sends a creation create a duplicate.
 */
public record FaultPlan(Duration latency, double serverError, double throttle, double drop, double truncate,
                        double hang, double commitDrop, double commitServerError, long retryAfterSeconds,
                        Duration outageAfter, Duration outage, Random random) {

    public FaultPlan(Duration latency, double serverError, double throttle, double drop, double truncate,
                     double hang, long retryAfterSeconds, Duration outageAfter, Duration outage, Random random) {
        this(latency, serverError, throttle, drop, truncate, hang, 0, 0, retryAfterSeconds, outageAfter, outage,
                random);
    }

    public FaultPlan(Duration latency, double serverError, double throttle, double drop, double truncate,
                     long retryAfterSeconds, Random random) {
        this(latency, serverError, throttle, drop, truncate, 0, retryAfterSeconds, Duration.ZERO, Duration.ZERO,
                random);
    }

    public static FaultPlan none() {
        return new FaultPlan(Duration.ZERO, 0, 0, 0, 0, 1, new Random());
    }

    /** What to do with one request. */
    enum Fault { NONE, SERVER_ERROR, THROTTLE, DROP, TRUNCATE, HANG, COMMIT_DROP, COMMIT_SERVER_ERROR }

    /** Whether the outage window covers {@code sinceStart} after the server started. */
    boolean inOutage(Duration sinceStart) {
        return !outage.isZero() && sinceStart.compareTo(outageAfter) >= 0
                && sinceStart.compareTo(outageAfter.plus(outage)) < 0;
    }

    /**
     * @throws IllegalArgumentException naming the bad item, for a malformed spec
     */
    public static FaultPlan parse(String spec, Random random) {
        Duration latency = Duration.ZERO;
        double serverError = 0;
        double throttle = 0;
        double drop = 0;
        double truncate = 0;
        double hang = 0;
        double commitDrop = 0;
        double commitServerError = 0;
        long retryAfter = 1;
        Duration outageAfter = Duration.ZERO;
        Duration outage = Duration.ZERO;
        if (spec != null && !spec.isBlank()) {
            for (String item : spec.split(",")) {
                String[] kv = item.trim().split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("fault '" + item.trim() + "' must be name=value");
                }
                String key = kv[0].trim().toLowerCase(Locale.ROOT);
                String value = kv[1].trim();
                switch (key) {
                    case "latency" -> latency = duration(value);
                    case "5xx" -> serverError = probability(key, value);
                    case "throttle" -> throttle = probability(key, value);
                    case "drop" -> drop = probability(key, value);
                    case "truncate" -> truncate = probability(key, value);
                    case "hang" -> hang = probability(key, value);
                    case "commit-drop" -> commitDrop = probability(key, value);
                    case "commit-5xx" -> commitServerError = probability(key, value);
                    case "retry-after" -> retryAfter = seconds(key, value);
                    case "outage" -> outage = duration(value);
                    case "outage-after" -> outageAfter = duration(value);
                    default -> throw new IllegalArgumentException("unknown fault '" + key
                            + "'; known: latency, 5xx, throttle, drop, truncate, hang, commit-drop, commit-5xx, retry-after, outage,"
                            + " outage-after");
                }
            }
        }
        return new FaultPlan(latency, serverError, throttle, drop, truncate, hang, commitDrop, commitServerError,
                retryAfter, outageAfter, outage, random);
    }

    /** Draws the fault for one request; the probabilities are disjoint slices of one draw. */
    Fault draw() {
        double x;
        synchronized (random) {
            x = random.nextDouble();
        }
        if ((x -= serverError) < 0) {
            return Fault.SERVER_ERROR;
        }
        if ((x -= throttle) < 0) {
            return Fault.THROTTLE;
        }
        if ((x -= drop) < 0) {
            return Fault.DROP;
        }
        if ((x -= truncate) < 0) {
            return Fault.TRUNCATE;
        }
        if ((x -= hang) < 0) {
            return Fault.HANG;
        }
        if ((x -= commitDrop) < 0) {
            return Fault.COMMIT_DROP;
        }
        return (x - commitServerError) < 0 ? Fault.COMMIT_SERVER_ERROR : Fault.NONE;
    }

    private static Duration duration(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis((long) (Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
            }
            return Duration.ofMillis(Long.parseLong(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a duration must look like 200ms or 1.5s, got '" + value + "'");
        }
    }

    private static long seconds(String key, String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds >= 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a whole number of seconds, got '" + value + "'");
    }

    private static double probability(String key, String value) {
        try {
            double p = Double.parseDouble(value);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(key + " must be a probability between 0 and 1, got '" + value + "'");
    }
}
