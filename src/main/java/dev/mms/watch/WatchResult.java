package dev.mms.watch;

import dev.mms.api.AsyncTask;
import dev.mms.api.Job;

/**
 * How a watch ended. {@code jobId} is null when the watch ended before the creation task named its job;
 * {@code lastJob}/{@code lastTask} are the last states seen (null if never seen); {@code message} is one line for a
 * person.
 */
public record WatchResult(WatchOutcome outcome, Long jobId, Job lastJob, AsyncTask lastTask, String message) {
}
