package dev.mms.watch;

import dev.mms.api.ApiException;
import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import dev.mms.api.MmsClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Follows one job creation to its end through the {@link Poller}: GetMmsAsyncTask until the creation task finishes,
 * then GetMmsJob until the job is DONE or FAILED (mms-api.md §1.2). The poller's one deadline covers both phases.
 */
public final class JobWatcher {

    private final MmsClient client;
    private final Poller poller;

    public JobWatcher(MmsClient client, Poller poller) {
        this.client = client;
        this.poller = poller;
    }

    /**
     * Polls the creation async task until it is no longer running; if it ended DONE, follows the job named by its
     * {@code objectId}. An async task that ends in any other state gives {@link WatchOutcome#FAILED}.
     *
     * @throws ApiException a non-retryable error, or a retryable one that lasted past the outage tolerance
     * @throws WatchInterruptedException if the thread was interrupted
     * @throws IllegalStateException if the task ended DONE without naming a job
     */
    public WatchResult followCreation(long sourceId, long asyncTaskId, WatchListener listener) {
        Polled<AsyncTask> polled = poll(() -> client.getAsyncTask(sourceId, asyncTaskId), AsyncTask::isFinished,
                t -> Arrays.asList(t.status(), t.progress(), t.running()), WatchEvent.AsyncTaskUpdate::new,
                listener, null, asyncTaskId);
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
        return followJob(sourceId, task.objectId(), task, listener);
    }

    /**
     * Polls GetMmsJob until the job is DONE or FAILED.
     *
     * @throws ApiException a non-retryable error, or a retryable one that lasted past the outage tolerance
     * @throws WatchInterruptedException if the thread was interrupted
     */
    public WatchResult followJob(long sourceId, long jobId, WatchListener listener) {
        return followJob(sourceId, jobId, null, listener);
    }

    private WatchResult followJob(long sourceId, long jobId, AsyncTask task, WatchListener listener) {
        Polled<Job> polled = poll(() -> client.getJob(sourceId, jobId), Job::isFinished,
                j -> Arrays.asList(j.status(), j.taskDone(), j.taskNum(), j.stopped()), WatchEvent.JobUpdate::new,
                listener, jobId, task == null ? null : task.id());
        Job job = polled.last();
        if (polled.timedOut()) {
            String state = job == null ? "" : " is still " + job.status()
                    + (job.taskNum() == null ? "" : " (" + ProgressText.taskCount(job) + ")");
            return new WatchResult(WatchOutcome.TIMED_OUT, jobId, job, task, "timed out after "
                    + timeout() + ": " + ProgressText.jobLabel(jobId, job) + state
                    + "; it keeps running. Resume watching with: " + ProgressText.resumeCommand(jobId, null));
        }
        WatchOutcome outcome = "DONE".equals(job.status()) ? WatchOutcome.DONE : WatchOutcome.FAILED;
        String count = job.taskNum() == null ? "" : ": " + ProgressText.taskCount(job)
                + (outcome == WatchOutcome.FAILED ? " done" : "");
        return new WatchResult(outcome, jobId, job, task, ProgressText.jobLabel(jobId, job) + " " + job.status()
                + count);
    }

    private String timeout() {
        Duration timeout = poller.deadline().timeout();
        return timeout == null ? "the deadline" : ProgressText.duration(timeout);
    }

    private String timedOutMessage(long asyncTaskId, AsyncTask task) {
        String state = task == null || task.status() == null ? "" : " (still " + task.status() + ")";
        return "timed out after " + timeout() + " waiting for async task "
                + asyncTaskId + state + " to create the job. Resume watching with: "
                + ProgressText.resumeCommand(null, asyncTaskId);
    }

    private static String failedMessage(AsyncTask task) {
        String error = ProgressText.errorMessage(task);
        return "async task " + task.id() + " " + task.status() + ": the job was not created"
                + (error == null ? " (the server gave no error message)" : ": " + error);
    }

    /**
     * One phase on the poller. {@code state} extracts what counts as a change; the first successful poll always
     * counts as one. Returns the last value seen and whether the deadline ended the loop.
     */
    private <T> Polled<T> poll(Supplier<T> fetch, Predicate<T> finished, Function<T, List<Object>> state,
                               Function<T, WatchEvent> event, WatchListener listener, Long jobId, Long asyncTaskId) {
        Object[] last = new Object[1];
        Poller.End end;
        try {
            end = poller.run(() -> {
                T current = fetch.get();
                @SuppressWarnings("unchecked")
                T before = (T) last[0];
                boolean changed = before == null || !state.apply(before).equals(state.apply(current));
                last[0] = current;
                if (changed) {
                    listener.onEvent(event.apply(current));
                }
                return finished.test(current) ? Poller.Progress.FINISHED
                        : changed ? Poller.Progress.CHANGED : Poller.Progress.UNCHANGED;
            }, listener::onEvent);
        } catch (WatchInterruptedException e) {
            throw new WatchInterruptedException(jobId, asyncTaskId, e.getCause());
        }
        @SuppressWarnings("unchecked")
        T value = (T) last[0];
        return new Polled<>(value, end == Poller.End.DEADLINE);
    }

    private record Polled<T>(T last, boolean timedOut) {
    }
}
