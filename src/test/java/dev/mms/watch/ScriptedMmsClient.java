package dev.mms.watch;

import dev.mms.testing.UnsupportedMmsClient;
import dev.mms.api.ApiException;
import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import dev.mms.api.JobConfig;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Answers GetMmsAsyncTask and GetMmsJob from scripts: each call takes the next entry (a value, or an ApiException to
 * throw); once a script runs out, its last entry is repeated forever.
 */
final class ScriptedMmsClient extends UnsupportedMmsClient {

    static final long SOURCE = 3L;

    private final Deque<Object> tasks = new ArrayDeque<>();
    private final Deque<Object> jobs = new ArrayDeque<>();
    private Object lastTask;
    private Object lastJob;
    int taskCalls;
    int jobCalls;

    ScriptedMmsClient tasks(Object... script) {
        tasks.addAll(List.of(script));
        return this;
    }

    ScriptedMmsClient jobs(Object... script) {
        jobs.addAll(List.of(script));
        return this;
    }

    static AsyncTask task(long id, String status, boolean running, Integer progress, Long objectId, String errorMsg) {
        return new AsyncTask(id, SOURCE, "TASK_CREATE", objectId, status, running, progress, null, errorMsg,
                "2026-11-21 23:50:00", null, "2026-11-21 23:50:00");
    }

    static Job job(long id, String status, Integer done, Integer num) {
        return new Job(id, "nightly_sales", SOURCE, 11L, "hive-prod", "sales", null, "sales_mc", null, status,
                "Tables", num, done, false, "2026-11-21 23:50:00", null,
                new JobConfig(null, List.of("orders"), null, null, null, null, null, null, false, false, null, null,
                        null));
    }

    static ApiException unavailable(Long retryAfter) {
        return new ApiException(503, "ServiceUnavailable", "The service is busy", "req-503", retryAfter);
    }

    @Override
    public AsyncTask getAsyncTask(long sourceId, long asyncTaskId) {
        taskCalls++;
        if (!tasks.isEmpty()) {
            lastTask = tasks.poll();
        }
        return (AsyncTask) answer(lastTask);
    }

    @Override
    public Job getJob(long sourceId, long jobId) {
        jobCalls++;
        if (!jobs.isEmpty()) {
            lastJob = jobs.poll();
        }
        return (Job) answer(lastJob);
    }

    private static Object answer(Object scripted) {
        if (scripted == null) {
            throw new AssertionError("no scripted answer");
        }
        if (scripted instanceof ApiException e) {
            throw e;
        }
        return scripted;
    }



}
