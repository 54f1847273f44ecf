package dev.mms.watch;

import dev.mms.api.ApiException;
import dev.mms.api.Deadline;
import dev.mms.api.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The one polling loop of mms: {@code job watch}, {@code job create --watch}, {@code job list --watch} and the run
 * engine all poll through it, so they share one rule for pacing, transient errors and the deadline.
 * <ul>
 *   <li>A round that saw a change polls again after the first interval; while nothing changes the wait grows by
 *       half up to the cap ({@link PollPolicy}).</li>
 *   <li>A round that failed with a retryable {@link ApiException} (after the client's own request retries) is
 *       reported through {@code onRetry} and tried again later, the wait growing as for no change, never sooner than
 *       the server's {@code x-acs-retry-after} (capped at {@link PollPolicy#MAX_RETRY_AFTER}). Once failures have
 *       lasted longer than the policy's outage tolerance the last one is thrown; a non-retryable one at once.</li>
 *   <li>The invocation's one {@link Deadline} bounds every wait: the loop never sleeps past it, and ends
 *       {@link End#DEADLINE} when it is reached.</li>
 *   <li>An interrupt (Ctrl-C) ends it with {@link WatchInterruptedException}.</li>
 * </ul>
 * Time comes from the injected clock (the deadline's) and sleeper, so tests move time instead of waiting.
 */
public final class Poller {

    /** One round of polling: asks the server about everything still followed, says whether anything changed. */
    @FunctionalInterface
    public interface Round {
        /** @throws ApiException when the round failed; a retryable one is tried again later */
        Progress poll();
    }

    /** What a round saw. */
    public enum Progress { CHANGED, UNCHANGED, FINISHED }

    /** How the loop ended: everything finished, or the deadline came first. */
    public enum End { FINISHED, DEADLINE }

    private final PollPolicy policy;
    private final Deadline deadline;
    private final Sleeper sleeper;

    public Poller(PollPolicy policy, Deadline deadline, Sleeper sleeper) {
        this.policy = policy;
        this.deadline = deadline;
        this.sleeper = sleeper;
    }

    public PollPolicy policy() {
        return policy;
    }

    public Deadline deadline() {
        return deadline;
    }

    /**
     * Polls until a round says {@link Progress#FINISHED} or the deadline passes; {@code onRetry} hears of each
     * failed round that will be tried again.
     *
     * @throws ApiException a non-retryable failure, or a retryable one that lasted past the outage tolerance
     * @throws WatchInterruptedException when the thread was interrupted (its flag is set again)
     */
    public End run(Round round, Consumer<RunEvent.Retrying> onRetry) {
        Clock clock = deadline.clock();
        Duration wait = policy.interval();
        Instant failingSince = null;
        while (true) {
            checkInterrupt(null);
            if (deadline.hasPassed()) {
                return End.DEADLINE;
            }
            Duration sleep;
            try {
                Progress progress = round.poll();
                failingSince = null;
                if (progress == Progress.FINISHED) {
                    return End.FINISHED;
                }
                wait = progress == Progress.CHANGED ? policy.interval() : policy.grow(wait);
                sleep = wait;
            } catch (ApiException e) {
                checkInterrupt(e);
                if (deadline.hasPassed() || e.category() == ApiException.Category.TIMED_OUT) {
                    return End.DEADLINE; // the request ran out of the invocation's time: that is the deadline's end
                }
                Instant now = clock.instant();
                failingSince = failingSince == null ? now : failingSince;
                if (!e.isRetryable() || Duration.between(failingSince, now).compareTo(policy.outageTolerance()) > 0) {
                    throw e;
                }
                wait = policy.grow(wait);
                sleep = max(wait, retryAfter(e));
                Duration left = deadline.remaining();
                if (left != null && sleep.compareTo(left) > 0 && retryAfter(e).compareTo(left) > 0) {
                    // The server asked us to wait past the deadline: no call can succeed in time.
                    return End.DEADLINE;
                }
                onRetry.accept(new RunEvent.Retrying(ProgressText.failure(e), deadline.cap(sleep)));
            }
            Duration capped = deadline.cap(sleep);
            sleep(capped);
            if (capped.compareTo(sleep) < 0) {
                return End.DEADLINE; // slept until the deadline: no time is left for another round
            }
        }
    }

    private static Duration retryAfter(ApiException e) {
        if (e.retryAfterSeconds() == null || e.retryAfterSeconds() <= 0) {
            return Duration.ZERO;
        }
        Duration asked = Duration.ofSeconds(e.retryAfterSeconds());
        return asked.compareTo(PollPolicy.MAX_RETRY_AFTER) > 0 ? PollPolicy.MAX_RETRY_AFTER : asked;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WatchInterruptedException(e);
        }
    }

    private static void checkInterrupt(ApiException failure) {
        boolean interrupted = Thread.currentThread().isInterrupted()
                || (failure != null && failure.getCause() instanceof InterruptedException);
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new WatchInterruptedException(failure);
        }
    }
}
