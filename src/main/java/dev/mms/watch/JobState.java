package dev.mms.watch;

import dev.mms.api.ApiException;
import java.time.Duration;
import java.time.Instant;

/**
 * What a run knows about one job at one moment: where it came from (the spec's file and name, or an id the user
 * gave), the async task creating it and the job, how far each got, and its result so far. Immutable: the run engine
 * hands out a new one at every change, and every view renders from these.
 *
 * @param file       the spec's file ({@code specs/a.yaml}, {@code specs/a.yaml#2}, {@code flags}); null for an id given
 * @param name       the job's name, from the spec or, once seen, from the server
 * @param progress   the creation task's percentage while it runs
 * @param status     the job's status (INIT, DOING, DONE, FAILED), or the creation task's before there is a job
 * @param error      the failure that ended it, when a call failed
 * @param startedAt  when the run started on it (sending, or following)
 * @param endedAt    when it reached its end in this run, null while it goes on
 * @param lastTask   the creation task as the server last sent it, null before
 * @param lastJob    the job as the server last sent it, null before
 */
public record JobState(int index, String file, String name, long sourceId, Long asyncTaskId, Long jobId, Phase phase,
                       Result result, String status, Integer progress, Integer taskDone, Integer taskNum,
                       String message, ApiException error, Instant startedAt, Instant endedAt,
                       dev.mms.api.AsyncTask lastTask, dev.mms.api.Job lastJob) {

    /** Where a job is in a run. */
    public enum Phase {
        /** Not sent yet (waiting for a free slot), or never sent (interrupt, deadline). */
        PENDING,
        /** CreateMmsJob (and the name lookup before it) in flight. */
        SENDING,
        /** The creation's answer was lost: looking for the job by its name. */
        CHECKING,
        /** The async task is creating the job. */
        CREATING,
        /** The job exists and is not finished. */
        RUNNING,
        /** Nothing more will change in this run. */
        ENDED
    }

    /**
     * The result of a spec: SUBMITTED the server accepted the creation (async task id), not yet finished; CREATED its
     * async task produced the job (or the job was found after a lost answer); UNCHANGED a job of that name exists
     * (--if-not-exists); NOT_CREATED no job came of it, safe to run again; UNKNOWN whether it was created cannot be
     * told (see the message); FAILED the server refused the request (nothing created); NOT_SENT never sent
     * (interrupted or out of time first). WATCHED: a job or creation the user named by id.
     */
    public enum Result { SUBMITTED, CREATED, UNCHANGED, NOT_CREATED, UNKNOWN, FAILED, NOT_SENT, WATCHED }

    public boolean ended() {
        return phase == Phase.ENDED;
    }

    /** The job finished FAILED, or its creation task did. */
    public boolean jobFailed() {
        return "FAILED".equals(status) && error == null;
    }

    /** How long the run has been at it, until now or its end. */
    public Duration elapsed(Instant now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        Instant end = endedAt != null ? endedAt : now;
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    /** {@code "daily-sales"} (job 103), or {@code job 103} when the name is not known. */
    public String label() {
        if (name != null && !name.isEmpty()) {
            return name;
        }
        return jobId != null ? "job " + jobId : asyncTaskId != null ? "async task " + asyncTaskId : file;
    }
}
