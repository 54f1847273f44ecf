package dev.mms.emulator;

import java.util.List;

/**
 * When each task of a job started and ended, in wall-clock milliseconds, from the same timeline as
 * {@link JobProgress}: after the start delay the tasks of a run go one after another, {@link JobProgress#TASK_MILLIS}
 * of emulated time each. A task of the current run is placed by its position in the run; one finished in an earlier
 * run (before a retry) by its position in the first run. Emulated time maps to the wall clock through the job's
 * last resume; time spent stopped before it is not tracked, so times before a stop are approximate.
 */
final class TaskTimeline {

    /** One task's times: null start for a task that has not started, null end for one still running. */
    record Times(Long startMillis, Long endMillis) {
    }

    private final StoredJob job;
    private final double speed;
    private final long now;

    TaskTimeline(StoredJob job, double speed, long now) {
        this.job = job;
        this.speed = speed;
        this.now = now;
    }

    Times of(int index, String status) {
        if (status.equals("INIT")) {
            return new Times(null, null);
        }
        int position = job.pass().indexOf(index);
        boolean earlierRun = position < 0;
        long start = JobProgress.START_DELAY_MILLIS + (long) (earlierRun ? index : position) * JobProgress.TASK_MILLIS;
        long end = start + JobProgress.TASK_MILLIS;
        boolean finished = status.equals("DONE") || status.endsWith("_FAILED");
        return new Times(wall(start, earlierRun), finished ? wall(end, earlierRun) : null);
    }

    /** The first run's times of a task that failed there and was retried: its start and failure. */
    Times firstRun(int index) {
        long start = JobProgress.START_DELAY_MILLIS + (long) index * JobProgress.TASK_MILLIS;
        return new Times(wall(start, true), wall(start + JobProgress.TASK_MILLIS, true));
    }

    List<Integer> pass() {
        return job.pass();
    }

    private long wall(long emulated, boolean earlierRun) {
        long wall;
        if (!earlierRun && job.resumedAtMillis() != null && emulated >= job.bankedMillis()) {
            wall = job.resumedAtMillis() + (long) Math.ceil((emulated - job.bankedMillis()) / speed);
        } else {
            wall = job.createdAtMillis() + (long) Math.ceil(emulated / speed);
        }
        return Math.min(wall, now);
    }
}
