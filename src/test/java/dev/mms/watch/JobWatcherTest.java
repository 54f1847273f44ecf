package dev.mms.watch;

import dev.mms.testing.ManualClock;
import static dev.mms.watch.ScriptedMmsClient.SOURCE;
import static dev.mms.watch.ScriptedMmsClient.job;
import static dev.mms.watch.ScriptedMmsClient.task;
import static dev.mms.watch.ScriptedMmsClient.unavailable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mms.api.ApiException;
import dev.mms.api.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobWatcherTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-21T23:50:00Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final ScriptedMmsClient client = new ScriptedMmsClient();
    private final List<WatchEvent> events = new ArrayList<>();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private JobWatcher watcher(Duration timeout) {
        return new JobWatcher(client, new Poller(
                new PollPolicy(Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofMinutes(5)),
                Deadline.after(clock, timeout), sleeper));
    }

    @Test
    void creationTaskThenJobToDone() {
        client.tasks(task(7, "DOING", true, 40, null, null), task(7, "DONE", false, 100, 42L, null))
                .jobs(job(42, "INIT", 0, 10), job(42, "DOING", 7, 10), job(42, "DONE", 10, 10));

        WatchResult result = watcher(null).followCreation(SOURCE, 7, events::add);

        assertEquals(WatchOutcome.DONE, result.outcome());
        assertEquals(42L, result.jobId());
        assertEquals("DONE", result.lastJob().status());
        assertEquals(7L, result.lastTask().id());
        assertEquals("job 42 \"nightly_sales\" DONE: 10/10 tasks", result.message());
        assertEquals(List.of(
                new WatchEvent.AsyncTaskUpdate(task(7, "DOING", true, 40, null, null)),
                new WatchEvent.AsyncTaskUpdate(task(7, "DONE", false, 100, 42L, null)),
                new WatchEvent.JobUpdate(job(42, "INIT", 0, 10)),
                new WatchEvent.JobUpdate(job(42, "DOING", 7, 10)),
                new WatchEvent.JobUpdate(job(42, "DONE", 10, 10))), events);
        // No sleep between the task finishing and the first look at the job.
        assertEquals(List.of(2000L, 2000L, 2000L), sleeper.millis());
    }

    @Test
    void failedCreationTaskEndsFailedWithTheServersMessageAndNeverReadsAJob() {
        client.tasks(task(7, "DOING", true, 10, null, null),
                task(7, "FAILED", false, 10, null, "table sales.orders does not exist"));

        WatchResult result = watcher(null).followCreation(SOURCE, 7, events::add);

        assertEquals(WatchOutcome.FAILED, result.outcome());
        assertNull(result.jobId());
        assertEquals("async task 7 FAILED: the job was not created: table sales.orders does not exist",
                result.message());
        assertEquals(0, client.jobCalls);
    }

    @Test
    void literalNullErrorMessageIsNotShownAsAReason() {
        client.tasks(task(7, "FAILED", false, 0, null, "null"));

        WatchResult result = watcher(null).followCreation(SOURCE, 7, events::add);

        assertEquals("async task 7 FAILED: the job was not created (the server gave no error message)",
                result.message());
    }

    @Test
    void failedJobEndsFailed() {
        client.jobs(job(42, "DOING", 3, 10), job(42, "FAILED", 7, 10));

        WatchResult result = watcher(null).followJob(SOURCE, 42, events::add);

        assertEquals(WatchOutcome.FAILED, result.outcome());
        assertEquals(42L, result.jobId());
        assertNull(result.lastTask());
        assertEquals("job 42 \"nightly_sales\" FAILED: 7/10 tasks done", result.message());
    }

    @Test
    void timeoutEndsAtTheDeadlineWithoutAPollPastItAndSaysHowToResume() {
        client.jobs(job(42, "DOING", 3, 10));

        WatchResult result = watcher(Duration.ofSeconds(10)).followJob(SOURCE, 42, events::add);

        assertEquals(WatchOutcome.TIMED_OUT, result.outcome());
        // 2 + 3 + 4.5 = 9.5s, then only the 0.5s left: no time remains for another poll.
        assertEquals(List.of(2000L, 3000L, 4500L, 500L), sleeper.millis());
        assertEquals(4, client.jobCalls);
        assertEquals(Instant.parse("2026-11-21T23:50:10Z"), clock.instant());
        assertEquals("timed out after 10s: job 42 \"nightly_sales\" is still DOING (3/10 tasks); it keeps running."
                + " Resume watching with: mms job watch 42", result.message());
    }

    @Test
    void oneTimeoutCoversBothTheCreationTaskAndTheJob() {
        client.tasks(task(7, "DOING", true, 0, null, null), task(7, "DOING", true, 0, null, null),
                        task(7, "DONE", false, 100, 42L, null))
                .jobs(job(42, "DOING", 3, 10));

        WatchResult result = watcher(Duration.ofSeconds(10)).followCreation(SOURCE, 7, events::add);

        assertEquals(WatchOutcome.TIMED_OUT, result.outcome());
        assertEquals(42L, result.jobId());
        assertEquals(List.of(2000L, 3000L, 2000L, 3000L), sleeper.millis());
        assertEquals(Instant.parse("2026-11-21T23:50:10Z"), clock.instant());
    }

    @Test
    void timeoutWhileTheCreationTaskRunsPointsAtTheAsyncTask() {
        client.tasks(task(7, "DOING", true, 0, null, null));

        WatchResult result = watcher(Duration.ofSeconds(5)).followCreation(SOURCE, 7, events::add);

        assertEquals(WatchOutcome.TIMED_OUT, result.outcome());
        assertNull(result.jobId());
        assertEquals("timed out after 5s waiting for async task 7 (still DOING) to create the job."
                + " Resume watching with: mms job watch --async-task 7", result.message());
    }

    @Test
    void transientErrorIsRetriedAfterTheServersRetryAfter() {
        client.jobs(job(42, "DOING", 1, 10), unavailable(7L), job(42, "DOING", 2, 10), job(42, "DONE", 10, 10));

        WatchResult result = watcher(null).followJob(SOURCE, 42, events::add);

        assertEquals(WatchOutcome.DONE, result.outcome());
        assertEquals(List.of(2000L, 7000L, 2000L), sleeper.millis());
        assertEquals(new WatchEvent.Retrying(
                "HTTP 503 ServiceUnavailable: The service is busy (requestId req-503)", Duration.ofSeconds(7)),
                events.get(1));
        assertEquals(4, events.size());
    }

    @Test
    void transientErrorWithoutRetryAfterBacksOff() {
        client.jobs(job(42, "DOING", 1, 10), unavailable(null), unavailable(null), job(42, "DONE", 10, 10));

        watcher(null).followJob(SOURCE, 42, events::add);

        assertEquals(List.of(2000L, 3000L, 4500L), sleeper.millis());
    }

    @Test
    void retryAfterBeyondTheDeadlineTimesOutWithoutWaiting() {
        client.jobs(job(42, "DOING", 1, 10), unavailable(60L));

        WatchResult result = watcher(Duration.ofSeconds(10)).followJob(SOURCE, 42, events::add);

        assertEquals(WatchOutcome.TIMED_OUT, result.outcome());
        assertEquals(List.of(2000L), sleeper.millis());
        assertTrue(events.stream().noneMatch(e -> e instanceof WatchEvent.Retrying), events.toString());
    }

    @Test
    void transientErrorsThatLastLongerThanTheOutageToleranceAreRaised() {
        client.jobs(job(42, "DOING", 1, 10), unavailable(null));
        JobWatcher watcher = new JobWatcher(client, new Poller(
                new PollPolicy(Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(10)),
                Deadline.none(clock), sleeper));

        ApiException e = assertThrows(ApiException.class, () -> watcher.followJob(SOURCE, 42, events::add));

        assertEquals(503, e.httpStatus());
        // failing from t=2s: retried at 5s, 9.5s (7.5s of outage), then at 16.25s the outage is past 10s
        assertEquals(5, client.jobCalls, "one success, three retried failures, then the fourth is raised");
        assertEquals(List.of(2000L, 3000L, 4500L, 6750L), sleeper.millis());
    }

    @Test
    void permissionErrorIsNotRetried() {
        ApiException forbidden = new ApiException(403, "Forbidden.RAM", "not authorized", "req-403", null);
        client.jobs(job(42, "DOING", 1, 10), forbidden);

        ApiException thrown = assertThrows(ApiException.class,
                () -> watcher(null).followJob(SOURCE, 42, events::add));

        assertSame(forbidden, thrown);
        assertEquals(List.of(2000L), sleeper.millis());
        assertTrue(events.stream().noneMatch(e -> e instanceof WatchEvent.Retrying));
    }

    @Test
    void intervalGrowsWhileNothingChangesAndResetsOnChange() {
        client.jobs(job(42, "DOING", 1, 10), job(42, "DOING", 1, 10), job(42, "DOING", 1, 10),
                job(42, "DOING", 1, 10), job(42, "DOING", 1, 10), job(42, "DOING", 1, 10),
                job(42, "DOING", 2, 10), job(42, "DOING", 2, 10), job(42, "DONE", 10, 10));

        watcher(null).followJob(SOURCE, 42, events::add);

        assertEquals(List.of(2000L, 3000L, 4500L, 6750L, 10125L, 15000L, 2000L, 3000L), sleeper.millis());
    }

    @Test
    void listenerHearsOnlyChanges() {
        client.tasks(task(7, "DOING", true, 50, null, null), task(7, "DOING", true, 50, null, null),
                        task(7, "DONE", false, 100, 42L, null))
                .jobs(job(42, "DOING", 1, 10), job(42, "DOING", 1, 10), job(42, "DOING", 1, 10),
                        job(42, "DONE", 10, 10));

        watcher(null).followCreation(SOURCE, 7, events::add);

        assertEquals(List.of("DOING", "DONE", "DOING 1/10", "DONE 10/10"), events.stream().map(e ->
                e instanceof WatchEvent.AsyncTaskUpdate t ? t.task().status()
                        : ((WatchEvent.JobUpdate) e).job().status() + " " + ((WatchEvent.JobUpdate) e).job().taskDone()
                        + "/" + ((WatchEvent.JobUpdate) e).job().taskNum()).toList());
        assertEquals(3, client.taskCalls);
        assertEquals(4, client.jobCalls);
    }

    @Test
    void interruptWhileFollowingTheJobSaysHowToResumeAndKeepsTheFlag() {
        client.jobs(job(42, "DOING", 1, 10));
        sleeper.interruptOnSleep = 2;

        WatchInterruptedException e = assertThrows(WatchInterruptedException.class,
                () -> watcher(null).followJob(SOURCE, 42, events::add));

        assertEquals(42L, e.jobId());
        assertEquals("mms job watch 42", e.resumeCommand());
        assertEquals("interrupted; job 42 keeps running. Resume watching with: mms job watch 42", e.getMessage());
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void interruptWhileTheJobIsBeingCreatedPointsAtTheAsyncTask() {
        client.tasks(task(7, "DOING", true, 0, null, null));
        sleeper.interruptOnSleep = 1;

        WatchInterruptedException e = assertThrows(WatchInterruptedException.class,
                () -> watcher(null).followCreation(SOURCE, 7, events::add));

        assertNull(e.jobId());
        assertEquals(7L, e.asyncTaskId());
        assertEquals("mms job watch --async-task 7", e.resumeCommand());
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void interruptedTransportErrorIsAnInterruptNotARetry() {
        client.jobs(ApiException.transport("request interrupted", new InterruptedException()));

        assertThrows(WatchInterruptedException.class, () -> watcher(null).followJob(SOURCE, 42, events::add));

        assertTrue(sleeper.sleeps.isEmpty());
        assertTrue(Thread.currentThread().isInterrupted());
    }

    @Test
    void doneCreationTaskWithoutAJobIdIsAnUnexpectedAnswer() {
        client.tasks(task(7, "DONE", false, 100, null, null));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> watcher(null).followCreation(SOURCE, 7, events::add));

        assertTrue(e.getMessage().contains("no objectId"), e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
