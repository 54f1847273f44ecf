package dev.mms.api;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs one API call under a {@link RetryPolicy} and the invocation's {@link Deadline}, asking the caller which
 * failures are safe to repeat. No wait goes past the deadline: when the next try could only start after it, the call
 * fails at once with a {@link DeadlineExceededException} that names what was pending and why.
 */
final class RetryLoop {

    private final RetryPolicy policy;
    private final Deadline deadline;

    RetryLoop(RetryPolicy policy, Deadline deadline) {
        this.policy = policy;
        this.deadline = deadline;
    }

    RetryPolicy policy() {
        return policy;
    }

    /**
     * @param pending what the call is, for a message: "ListMmsJobs (page 3) from host:port"
     */
    <T> T run(String pending, Predicate<ApiException> safeToRepeat, Supplier<T> attempt) {
        int silences = 0;
        for (int number = 1; ; number++) {
            try {
                return attempt.get();
            } catch (DeadlineExceededException e) {
                throw e;
            } catch (ApiException e) {
                // A server that let a whole request timeout pass in silence is tried once more, not every attempt:
                // four silent 30-second waits are two minutes of a CI step for nothing.
                boolean silentAgain = e.transport() == ApiException.Transport.NO_ANSWER && ++silences > 1;
                if (number >= policy.maxAttempts() || !safeToRepeat.test(e) || TransportFailures.isPermanent(e)
                        || silentAgain) {
                    throw e;
                }
                Duration wait = policy.delayBeforeRetry(number, e.retryAfterSeconds(),
                        () -> ThreadLocalRandom.current().nextDouble());
                Duration left = deadline.remaining();
                if (left != null && wait.compareTo(left) >= 0) {
                    throw new DeadlineExceededException(timedOut() + ": " + pending + " is still pending; it failed with "
                            + reason(e) + (e.retryAfterSeconds() == null ? "" : " and the server asked to wait "
                            + e.retryAfterSeconds() + "s") + " before trying again", e);
                }
                policy.notice().accept("retrying in " + human(wait) + " after " + reason(e)
                        + " (attempt " + (number + 1) + " of " + policy.maxAttempts() + ")");
                sleep(wait, e);
            }
        }
    }

    /** "timed out after 3s", from the deadline's whole timeout. */
    String timedOut() {
        return "timed out after " + (deadline.timeout() == null ? "the deadline" : human(deadline.timeout()));
    }

    private void sleep(Duration wait, ApiException failure) {
        try {
            policy.sleeper().sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(interrupted);
            throw failure;
        }
    }

    static String reason(ApiException e) {
        if (e.httpStatus() == 0) {
            return e.getMessage();
        }
        return e.httpStatus() + (e.code() == null ? "" : " " + e.code());
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        if (ms % 1000 == 0) {
            long s = ms / 1000;
            if (s >= 3600 && s % 3600 == 0) {
                return s / 3600 + "h";
            }
            return s >= 60 && s % 60 == 0 ? s / 60 + "m" : s + "s";
        }
        return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
}
