package dev.mms.emulator;

import dev.mms.api.JobSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ListMmsTaskLogs story of a task so far, from its timeline: schema created, data copied, rows verified when the
 * job verifies, and DONE; or, for a table the catalog says fails, the failure with the catalog's error as
 * {@code msg}. A retried task first tells its failed run, then the retry. Entries lie at fixed fractions of the
 * task's time slot and only those already past are returned, oldest first.
 */
final class TaskLogs {

    private final JsonViews views;
    private final long slotMillis;

    /** @param speed the emulator's speed, which sets how long a task's slot lasts on the wall clock */
    TaskLogs(JsonViews views, double speed) {
        this.views = views;
        this.slotMillis = Math.max(1, (long) Math.ceil(JobProgress.TASK_MILLIS / speed));
    }

    List<Map<String, Object>> of(StoredJob job, int index, String status, long taskId, TaskTimeline timeline,
                                 long now) {
        StoredTask task = job.tasks().get(index);
        List<Map<String, Object>> logs = new ArrayList<>();
        long createdAt = job.createdAtMillis();
        add(logs, job, taskId, createdAt, "INIT", "create task for " + target(job, task), "ok", now);
        boolean retriedRun = job.retried() && job.pass().contains(index);
        if (retriedRun) {
            TaskTimeline.Times first = timeline.firstRun(index);
            attempt(logs, job, task, taskId, first.startMillis(), first.endMillis(), "DATA_FAILED", now);
            add(logs, job, taskId, first.endMillis(), "INIT", "retry task (attempt 2)", "ok", now);
        }
        TaskTimeline.Times times = timeline.of(index, status);
        if (times.startMillis() != null) {
            boolean running = times.endMillis() == null;
            long end = running ? times.startMillis() + slotMillis : times.endMillis();
            attempt(logs, job, task, taskId, times.startMillis(), end, running ? null : status, now);
        }
        return logs;
    }

    /** One run of the task; {@code outcome} is its final status, or null while it still runs (no final entries). */
    private void attempt(List<Map<String, Object>> logs, StoredJob job, StoredTask task, long taskId, long start,
                         long end, String outcome, long now) {
        JobSpec spec = job.spec();
        String dst = spec.dstDbName() + "." + dstTable(job, task);
        long span = Math.max(1, end - start);
        add(logs, job, taskId, start, "SCHEMA_DOING", "create table if not exists " + dst + " like source "
                + spec.srcDbName() + "." + task.tableName(), "ok", now);
        add(logs, job, taskId, start + span / 5, "SCHEMA_DONE", "schema of " + dst + " is ready", "ok", now);
        String copy = "insert overwrite table " + dst
                + (task.partition() == null ? "" : " partition (" + task.partition().replace('/', ',') + ")")
                + " select * from " + spec.srcDbName() + "." + task.tableName();
        add(logs, job, taskId, start + span / 5, "DATA_DOING", copy, "ok", now);
        if (outcome == null) {
            return;
        }
        if (outcome.endsWith("_FAILED")) {
            add(logs, job, taskId, end, outcome, copy, task.error(), now);
            return;
        }
        add(logs, job, taskId, start + span * 4 / 5, "DATA_DONE", copy, "ok", now);
        if (Boolean.TRUE.equals(spec.enableVerification())) {
            add(logs, job, taskId, start + span * 4 / 5, "VERIFICATION_DOING", "select count(*) on source and "
                    + dst, "ok", now);
            add(logs, job, taskId, end, "VERIFICATION_DONE", "select count(*) on source and " + dst,
                    "row counts match", now);
        }
        add(logs, job, taskId, end, "DONE", "task done", "ok", now);
    }

    private void add(List<Map<String, Object>> logs, StoredJob job, long taskId, long at, String status,
                     String action, String msg, long now) {
        if (at > now) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", taskId * 100 + logs.size() + 1);
        m.put("taskId", taskId);
        m.put("sourceId", job.sourceId());
        m.put("status", status);
        m.put("action", action);
        m.put("msg", msg);
        m.put("createTime", views.time(at));
        logs.add(m);
    }

    private static String target(StoredJob job, StoredTask task) {
        return job.spec().srcDbName() + "." + task.tableName() + (task.partition() == null ? "" : " " + task.partition());
    }

    private static String dstTable(StoredJob job, StoredTask task) {
        Map<String, String> mapping = job.spec().tableMapping() == null ? Map.of() : job.spec().tableMapping();
        return mapping.getOrDefault(task.tableName(), task.tableName());
    }
}
