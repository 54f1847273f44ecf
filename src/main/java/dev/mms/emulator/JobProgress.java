package dev.mms.emulator;

import java.util.List;

/**
 * A job's status at one instant, computed from its stored run state and the clock, so that the emulator needs no
 * background thread and is deterministic under a fixed clock. Timeline in emulated time (wall time x speed): the job
 * waits {@link #START_DELAY_MILLIS} in INIT, then runs its tasks one after another, {@link #TASK_MILLIS} each. A task
 * of a failing table fails, the job goes on with the rest, and ends FAILED if any task failed, DONE otherwise. At
 * speed 1 a 10-task job takes 1 s (creation) + 1 s + 15 s = 17 s.
 */
record JobProgress(String status, int taskDone, List<String> taskStatuses) {

    static final long ASYNC_TASK_MILLIS = 1_000;
    static final long START_DELAY_MILLIS = 1_000;
    static final long TASK_MILLIS = 1_500;

    static JobProgress of(StoredJob job, long now, double speed) {
        long elapsed = job.elapsedMillis(now, speed);
        List<StoredTask> tasks = job.tasks();
        List<Integer> pass = job.pass();
        int finishedInPass = elapsed < START_DELAY_MILLIS ? 0
                : (int) Math.min(pass.size(), (elapsed - START_DELAY_MILLIS) / TASK_MILLIS);
        String[] statuses = new String[tasks.size()];
        for (int i = 0; i < tasks.size(); i++) {
            // outside the current pass means finished in an earlier run; only succeeded tasks are ever left out
            statuses[i] = "DONE";
        }
        boolean anyFailed = false;
        for (int j = 0; j < pass.size(); j++) {
            int index = pass.get(j);
            if (j < finishedInPass) {
                boolean fails = tasks.get(index).fails();
                anyFailed |= fails;
                statuses[index] = fails ? "DATA_FAILED" : "DONE";
            } else if (j == finishedInPass && elapsed >= START_DELAY_MILLIS && !job.stopped()) {
                statuses[index] = "DATA_DOING";
            } else {
                statuses[index] = "INIT";
            }
        }
        int done = 0;
        for (String s : statuses) {
            done += s.equals("DONE") ? 1 : 0;
        }
        String status;
        if (elapsed < START_DELAY_MILLIS && !job.retried()) {
            status = "INIT";
        } else if (finishedInPass < pass.size()) {
            status = "DOING";
        } else {
            status = anyFailed ? "FAILED" : "DONE";
        }
        return new JobProgress(status, done, List.of(statuses));
    }

    boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }
}
