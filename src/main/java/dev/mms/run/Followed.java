package dev.mms.run;

import dev.mms.api.ApiException;
import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import dev.mms.watch.JobState;
import dev.mms.watch.JobState.Phase;
import dev.mms.watch.JobState.Result;
import java.time.Instant;

/** The engine's own, changing record of one job of a run; every change gives out a new {@link JobState}. */
final class Followed {

    private JobState state;

    Followed(JobState first) {
        this.state = first;
    }

    static Followed ofSpec(int index, String file, String name, long sourceId) {
        return new Followed(new JobState(index, file, name, sourceId, null, null, Phase.PENDING, null, null, null,
                null, null, null, null, null, null, null, null));
    }

    static Followed ofTarget(int index, Target target, Instant now) {
        Phase phase = target.jobId() != null ? Phase.RUNNING : Phase.CREATING;
        return new Followed(new JobState(index, target.file(), target.name(), target.sourceId(), target.asyncTaskId(),
                target.jobId(), phase, Result.WATCHED, null, null, null, null, null, null, now, null, null, null));
    }

    synchronized JobState state() {
        return state;
    }

    synchronized JobState sending(Instant now) {
        return set(with(Phase.SENDING, null, null, null, null, now, null));
    }

    synchronized JobState checking(String message) {
        return set(with(Phase.CHECKING, null, null, null, message, null, null));
    }

    synchronized JobState submitted(long asyncTaskId, boolean ends, Instant now) {
        JobState s = state;
        return set(new JobState(s.index(), s.file(), s.name(), s.sourceId(), asyncTaskId, s.jobId(),
                ends ? Phase.ENDED : Phase.CREATING, Result.SUBMITTED, null, null, null, null,
                ends ? "the creation runs on the server; follow it with --watch" : null, null, s.startedAt(),
                ends ? now : null, s.lastTask(), s.lastJob()));
    }

    /** A job that exists: found by name, or produced by the creation task. */
    synchronized JobState created(Result result, long jobId, String status, String message, boolean ends,
                                  Instant now) {
        JobState s = state;
        return set(new JobState(s.index(), s.file(), s.name(), s.sourceId(), s.asyncTaskId(), jobId,
                ends ? Phase.ENDED : Phase.RUNNING, result, status, s.progress(), s.taskDone(), s.taskNum(), message,
                null, s.startedAt(), ends ? now : null, s.lastTask(), s.lastJob()));
    }

    synchronized JobState ended(Result result, String status, String message, ApiException error, Instant now) {
        JobState s = state;
        return set(new JobState(s.index(), s.file(), s.name(), s.sourceId(), s.asyncTaskId(), s.jobId(), Phase.ENDED,
                result == null ? s.result() : result, status == null ? s.status() : status, s.progress(),
                s.taskDone(), s.taskNum(), message, error, s.startedAt() == null ? now : s.startedAt(), now, s.lastTask(), s.lastJob()));
    }

    /** The creation task as last polled; null when nothing changed. */
    synchronized JobState task(AsyncTask task) {
        JobState s = state;
        if (same(s.status(), task.status()) && same(s.progress(), task.progress())) {
            return null;
        }
        return set(new JobState(s.index(), s.file(), s.name(), s.sourceId(), s.asyncTaskId(), s.jobId(), s.phase(),
                s.result(), task.status(), task.progress(), s.taskDone(), s.taskNum(), s.message(), null,
                s.startedAt(), null, task, s.lastJob()));
    }

    /** The job as last polled; null when nothing the views show changed. */
    synchronized JobState job(Job job, boolean ends, String message, Instant now) {
        JobState s = state;
        String name = s.name() != null ? s.name() : job.name();
        boolean same = same(s.status(), job.status()) && same(s.taskDone(), job.taskDone())
                && same(s.taskNum(), job.taskNum()) && same(s.name(), name) && !ends;
        if (same) {
            return null;
        }
        return set(new JobState(s.index(), s.file(), name, s.sourceId(), s.asyncTaskId(), s.jobId(),
                ends ? Phase.ENDED : Phase.RUNNING, s.result(), job.status(), s.progress(), job.taskDone(),
                job.taskNum(), ends ? message : s.message(), null, s.startedAt(), ends ? now : null, s.lastTask(), job));
    }

    private JobState with(Phase phase, Result result, String status, Long jobId, String message, Instant started,
                          Instant ended) {
        JobState s = state;
        return new JobState(s.index(), s.file(), s.name(), s.sourceId(), s.asyncTaskId(),
                jobId == null ? s.jobId() : jobId, phase, result == null ? s.result() : result,
                status == null ? s.status() : status, s.progress(), s.taskDone(), s.taskNum(),
                message == null ? s.message() : message, s.error(), started == null ? s.startedAt() : started,
                ended == null ? s.endedAt() : ended, s.lastTask(), s.lastJob());
    }

    private JobState set(JobState next) {
        state = next;
        return next;
    }

    private static boolean same(Object a, Object b) {
        return a == null ? b == null : a.equals(b);
    }
}
