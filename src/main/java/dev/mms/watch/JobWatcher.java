package dev.mms.watch;

import dev.mms.api.Sleeper;
import dev.mms.api.ApiException;
import dev.mms.api.AsyncTask;
import dev.mms.api.DeadlineExceededException;
import dev.mms.api.Job;
import dev.mms.api.MmsClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Follows a job creation to its end by polling: GetMmsAsyncTask until the creation task finishes, then GetMmsJob until
 * the job is DONE or FAILED (mms-api.md §1.2). The interval grows while nothing changes, transient errors are retried,
 * and one overall timeout, read from the injected clock, covers both phases.
 */
public final class JobWatcher {

    private static final double BACKOFF_FACTOR = 1.5;

    private final MmsClient client;
    private final Clock clock;
    private final Sleeper sleeper;
    private final WatchOptions options;

    public JobWatcher(MmsClient client, Clock clock, Sleeper sleeper, WatchOptions options) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
        this.options = options;
    }

    /**
     * Polls the creation async task until it is no longer running; if it ended DONE, follows the job named by its
     * {@code objectId}. An async task that ends in any other state gives {@link WatchOutcome#FAILED}.
     *
     * @throws ApiException a non-retryable error, or a retryable one that persisted past
     *     {@link WatchOptions#maxConsecutiveFailures()}
     * @throws WatchInterruptedException if the thread was interrupted
     * @throws IllegalStateException if the task ended DONE without naming a job
     */
    public WatchResult followCreation(long sourceId, long asyncTaskId, WatchListener listener) {
        Deadline deadline = new Deadline(clock.instant(), options.timeout());
        Polled<AsyncTask> polled = poll(() -> client.getAsyncTask(sourceId, asyncTaskId), AsyncTask::isFinished,
                t -> Arrays.asList(t.status(), t.progress(), t.running()), WatchEvent.AsyncTaskUpdate::new,
                deadline, listener, null, asyncTaskId);
        AsyncTask task = polled.last();
        if (polled.timedOut()) {
            return new WatchResult(WatchOutcome.TIMED_OUT, null, null, task, timedOutMessage(asyncTaskId, task));
        }
        if (!"DONE".equals(task.status())) {
            return new WatchResult(WatchOutcome.FAILED, task.objectId(), null, task, failedMessage(task));
        }
        if (task.objectId() == null) {
            throw new IllegalStateException("async task " + asyncTaskId
                    + " finished DONE but did not name the job it created (no objectId)");
        }
        return followJob(sourceId, task.objectId(), task, deadline, listener);
    }

    /**
     * Polls GetMmsJob until the job is DONE or FAILED.
     *
     * @throws ApiException a non-retryable error, or a retryable one that persisted past
     *     {@link WatchOptions#maxConsecutiveFailures()}
     * @throws WatchInterruptedException if the thread was interrupted
     */
    public WatchResult followJob(long sourceId, long jobId, WatchListener listener) {
        return followJob(sourceId, jobId, null, new Deadline(clock.instant(), options.timeout()), listener);
    }

    private WatchResult followJob(long sourceId, long jobId, AsyncTask task, Deadline deadline,
                                  WatchListener listener) {
        Polled<Job> polled = poll(() -> client.getJob(sourceId, jobId), Job::isFinished,
                j -> Arrays.asList(j.status(), j.taskDone(), j.taskNum(), j.stopped()), WatchEvent.JobUpdate::new,
                deadline, listener, jobId, task == null ? null : task.id());
        Job job = polled.last();
        if (polled.timedOut()) {
            String state = job == null ? "" : " is still " + job.status()
                    + (job.taskNum() == null ? "" : " (" + ProgressText.taskCount(job) + ")");
            return new WatchResult(WatchOutcome.TIMED_OUT, jobId, job, task, "timed out after "
                    + ProgressText.duration(options.timeout()) + ": " + ProgressText.jobLabel(jobId, job) + state
                    + "; it keeps running. Resume watching with: " + ProgressText.resumeCommand(jobId, null));
        }
        WatchOutcome outcome = "DONE".equals(job.status()) ? WatchOutcome.DONE : WatchOutcome.FAILED;
        String count = job.taskNum() == null ? "" : ": " + ProgressText.taskCount(job)
                + (outcome == WatchOutcome.FAILED ? " done" : "");
        return new WatchResult(outcome, jobId, job, task, ProgressText.jobLabel(jobId, job) + " " + job.status()
                + count);
    }

    private String timedOutMessage(long asyncTaskId, AsyncTask task) {
        String state = task == null || task.status() == null ? "" : " (still " + task.status() + ")";
        return "timed out after " + ProgressText.duration(options.timeout()) + " waiting for async task "
                + asyncTaskId + state + " to create the job. Resume watching with: "
                + ProgressText.resumeCommand(null, asyncTaskId);
    }

    private static String failedMessage(AsyncTask task) {
        String error = ProgressText.errorMessage(task);
        return "async task " + task.id() + " " + task.status() + ": the job was not created"
                + (error == null ? " (the server gave no error message)" : ": " + error);
    }

    /**
     * The polling loop shared by both phases. {@code state} extracts what counts as a change; the first successful
     * poll always counts as one. Returns the last value seen and whether the deadline ended the loop.
     */
    private <T> Polled<T> poll(Supplier<T> fetch, Predicate<T> finished, Function<T, List<Object>> state,
                               Function<T, WatchEvent> event, Deadline deadline, WatchListener listener,
                               Long jobId, Long asyncTaskId) {
        T last = null;
        Duration wait = options.interval();
        int failures = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new WatchInterruptedException(jobId, asyncTaskId, null);
            }
            Duration sleep;
            Retry retry = null;
            try {
                T current = fetch.get();
                failures = 0;
                boolean changed = last == null || !state.apply(last).equals(state.apply(current));
                last = current;
                if (changed) {
                    listener.onEvent(event.apply(current));
                }
                if (finished.test(current)) {
                    return new Polled<>(current, false);
                }
                wait = changed ? options.interval() : grow(wait);
                sleep = wait;
            } catch (DeadlineExceededException e) {
                return new Polled<>(last, true); // the request layer ran out of the same --timeout
            } catch (ApiException e) {
                if (e.getCause() instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                    Thread.currentThread().interrupt();
                    throw new WatchInterruptedException(jobId, asyncTaskId, e);
                }
                if (!e.isRetryable() || ++failures > options.maxConsecutiveFailures()) {
                    throw e;
                }
                wait = grow(wait);
                // The server's x-acs-retry-after is a floor: never call again sooner than it asked.
                Duration asked = e.retryAfterSeconds() == null ? Duration.ZERO
                        : Duration.ofSeconds(e.retryAfterSeconds());
                sleep = asked.compareTo(wait) > 0 ? asked : wait;
                retry = new Retry(ProgressText.failure(e));
            }
            Duration left = deadline.left(clock.instant());
            if (left != null) {
                // Out of time, or the server asked us to wait past the deadline: another call cannot happen in time.
                if (left.isZero() || (retry != null && sleep.compareTo(left) > 0)) {
                    return new Polled<>(last, true);
                }
                if (sleep.compareTo(left) > 0) {
                    sleep = left;
                }
            }
            if (retry != null) {
                listener.onEvent(new WatchEvent.Retrying(retry.reason(), sleep));
            }
            try {
                sleeper.sleep(sleep);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WatchInterruptedException(jobId, asyncTaskId, e);
            }
        }
    }

    private Duration grow(Duration current) {
        Duration next = Duration.ofMillis(Math.round(current.toMillis() * BACKOFF_FACTOR));
        return next.compareTo(options.maxInterval()) > 0 ? options.maxInterval() : next;
    }

    private record Polled<T>(T last, boolean timedOut) {
    }

    private record Retry(String reason) {
    }

    /** The end of the overall timeout, if there is one. */
    private record Deadline(Instant at) {
        Deadline(Instant start, Duration timeout) {
            this(timeout == null ? null : start.plus(timeout));
        }

        /** Time left (zero once passed), or null without a timeout. */
        Duration left(Instant now) {
            if (at == null) {
                return null;
            }
            return now.isBefore(at) ? Duration.between(now, at) : Duration.ZERO;
        }
    }
}
