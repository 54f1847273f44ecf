package dev.mms.emulator;

import dev.mms.api.JobSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A job as the emulator keeps it (and writes it to the state file). Progress is not stored but computed from the
 * clock (see {@link JobProgress}): the job has run for {@code bankedMillis} of emulated time before
 * {@code resumedAtMillis} (wall clock, null while stopped), and is working through {@code pass}, the indexes of the
 * tasks of its current run (every task at first; the failed ones after a retry).
 */
record StoredJob(long id, long sourceId, long dbId, String type, JobSpec spec, List<StoredTask> tasks,
                 long createdAtMillis, long bankedMillis, Long resumedAtMillis, List<Integer> pass, boolean retried,
                 Long timerId) {

    static StoredJob created(long id, long sourceId, JobPlanner.Plan plan, JobSpec spec, long createdAtMillis) {
        List<Integer> all = IntStream.range(0, plan.tasks().size()).boxed().toList();
        return new StoredJob(id, sourceId, plan.dbId(), plan.type(), spec, plan.tasks(), createdAtMillis, 0,
                createdAtMillis, all, false, null);
    }

    boolean stopped() {
        return resumedAtMillis == null;
    }

    /** Emulated milliseconds this job has been running at {@code now}: wall time scaled by {@code speed}. */
    long elapsedMillis(long now, double speed) {
        if (resumedAtMillis == null || now <= resumedAtMillis) {
            return bankedMillis;
        }
        return bankedMillis + (long) ((now - resumedAtMillis) * speed);
    }

    StoredJob stoppedAt(long now, double speed) {
        return stopped() ? this : new StoredJob(id, sourceId, dbId, type, spec, tasks, createdAtMillis,
                elapsedMillis(now, speed), null, pass, retried, timerId);
    }

    StoredJob startedAt(long now) {
        return !stopped() ? this : new StoredJob(id, sourceId, dbId, type, spec, tasks, createdAtMillis,
                bankedMillis, Math.max(now, createdAtMillis), pass, retried, timerId);
    }

    /** A new run over the failed tasks only, starting now, without the initial start-up delay. */
    StoredJob retriedAt(long now) {
        List<Integer> failed = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).fails()) {
                failed.add(i);
            }
        }
        return new StoredJob(id, sourceId, dbId, type, spec, tasks, createdAtMillis, JobProgress.START_DELAY_MILLIS,
                now, List.copyOf(failed), true, timerId);
    }
}
