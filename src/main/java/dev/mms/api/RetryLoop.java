package dev.mms.api;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs one API call under a {@link RetryPolicy}, asking the caller which failures are safe to repeat. */
final class RetryLoop {

    private final RetryPolicy policy;

    RetryLoop(RetryPolicy policy) {
        this.policy = policy;
    }

    <T> T run(Predicate<ApiException> safeToRepeat, Supplier<T> attempt) {
        for (int number = 1; ; number++) {
            try {
                return attempt.get();
            } catch (ApiException e) {
                if (number >= policy.maxAttempts() || !safeToRepeat.test(e)) {
                    throw e;
                }
                Duration wait = policy.delayBeforeRetry(number, e.retryAfterSeconds(),
                        () -> ThreadLocalRandom.current().nextDouble());
                policy.notice().accept("retrying in " + human(wait) + " after " + reason(e)
                        + " (attempt " + (number + 1) + " of " + policy.maxAttempts() + ")");
                sleep(wait, e);
            }
        }
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
            return ms / 1000 + "s";
        }
        return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
    }
}
