package dev.mms.watch;

import dev.mms.api.ApiException;
import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The phrases every view and the watcher share, so that a job reads the same on every stream. */
final class ProgressText {

    private ProgressText() {
    }

    static String timestamp(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code job 42 "nightly_sales"}, or {@code job 42} when the job has no name. */
    static String jobLabel(Long jobId, Job job) {
        String name = job == null ? null : job.name();
        String id = jobId == null ? "job" : "job " + jobId;
        return name == null || name.isEmpty() ? id : id + " \"" + name + "\"";
    }

    /** {@code 7/10 tasks}, or empty when the server has not counted the tasks yet. */
    static String taskCount(Job job) {
        if (job.taskNum() == null) {
            return "";
        }
        return (job.taskDone() == null ? 0 : job.taskDone()) + "/" + job.taskNum() + " tasks";
    }

    /** The async task's error message; the API documents the literal string "null" for none (mms-api.md §1.1). */
    static String errorMessage(AsyncTask task) {
        String msg = task.errorMsg();
        return msg == null || msg.isBlank() || msg.strip().equals("null") ? null : msg.strip();
    }

    static String resumeCommand(Long jobId, Long asyncTaskId) {
        return jobId != null ? "mms job watch " + jobId : "mms job watch --async-task " + asyncTaskId;
    }

    /** Why a poll failed, in one line: {@code HTTP 503 ServiceUnavailable: busy (requestId 5CA6)}. */
    static String failure(ApiException e) {
        StringBuilder s = new StringBuilder();
        if (e.httpStatus() == 0) {
            s.append("no answer from the server");
        } else {
            s.append("HTTP ").append(e.httpStatus());
            if (e.code() != null) {
                s.append(' ').append(e.code());
            }
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            s.append(": ").append(e.getMessage().strip());
        }
        if (e.requestId() != null) {
            s.append(" (requestId ").append(e.requestId()).append(')');
        }
        return s.toString();
    }

    /** A short human duration: {@code 2s}, {@code 4.5s}, {@code 1m30s}, {@code 2h5m}. */
    static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 60_000) {
            return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = d.toSeconds();
        if (seconds < 3600) {
            return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
        }
        return seconds / 3600 + "h" + (seconds % 3600 / 60 == 0 ? "" : seconds % 3600 / 60 + "m");
    }
}
