package dev.mms.watch;

import dev.mms.api.AsyncTask;
import dev.mms.api.Job;
import java.time.Duration;

/** Something a watch noticed: a changed async task, a changed job, or a transient error about to be retried. */
public sealed interface WatchEvent {

    /** The creation async task changed (status, progress or running). */
    record AsyncTaskUpdate(AsyncTask task) implements WatchEvent {
    }

    /** The job changed (status, taskDone, taskNum or stopped). */
    record JobUpdate(Job job) implements WatchEvent {
    }

    /**
     * A poll failed with a transient error; the next one follows after {@code delay}. (Not named {@code wait}: a
     * record component may not clash with {@link Object#wait()}.)
     */
    record Retrying(String reason, Duration delay) implements WatchEvent {
    }
}
