package dev.mms.jobs;

import dev.mms.api.MmsClient;
import dev.mms.api.PageWalker;
import dev.mms.api.Task;
import dev.mms.api.TaskLog;
import dev.mms.api.TaskQuery;
import dev.mms.api.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why a job failed: its failed tasks (every {@code *_FAILED} status; ListMmsTasks filters by one status at a time, so
 * one walk per status), and for the first few of them the error, read from the task's logs since the task object has
 * no error field (docs/api-notes.md). Shared by {@code job get} and a watch that ends FAILED.
 */
public final class FailedTasks {

    private static final int PAGE_SIZE = 100;

    /** A failed task with the phase it failed in (schema, data, verification) and its error, null if unknown. */
    public record FailedTask(Task task, String phase, String error) {
    }

    /** The failed tasks described (at most the cap asked for), and how many failed in all. */
    public record Report(long jobId, List<FailedTask> described, int total) {

        public int notDescribed() {
            return total - described.size();
        }
    }

    private FailedTasks() {
    }

    /** Every failed task of the job, in id order. */
    public static List<Task> of(MmsClient client, long sourceId, long jobId) {
        List<Task> failed = new ArrayList<>();
        for (TaskStatus status : TaskStatus.failed()) {
            TaskQuery query = TaskQuery.ofJob(jobId).withStatus(status.name());
            PageWalker.walk((num, size) -> client.listTasks(sourceId, query.withPage(num, size)), 1, PAGE_SIZE, true,
                    0, Task::id, failed::add);
        }
        failed.sort(Comparator.comparing(Task::id, Comparator.nullsLast(Comparator.naturalOrder())));
        return failed;
    }

    /** The failed tasks with the errors of the first {@code describe} of them. */
    public static Report report(MmsClient client, long sourceId, long jobId, int describe) {
        return report(client, sourceId, jobId, of(client, sourceId, jobId), describe);
    }

    /** The report over tasks already fetched: those failed among them, the first {@code describe} with errors. */
    public static Report report(MmsClient client, long sourceId, long jobId, List<Task> tasks, int describe) {
        List<Task> failed = tasks.stream().filter(Task::isFailed).toList();
        List<FailedTask> described = new ArrayList<>();
        for (Task task : failed.subList(0, Math.min(describe, failed.size()))) {
            described.add(new FailedTask(task, TaskStatus.phase(task.status()), error(client, sourceId, task)));
        }
        return new Report(jobId, described, failed.size());
    }

    /** The message of the task's last failed log entry, or of its last entry; null without logs or an id. */
    public static String error(MmsClient client, long sourceId, Task task) {
        if (task.id() == null) {
            return null;
        }
        List<TaskLog> logs = client.listTaskLogs(sourceId, task.id());
        return errorOf(logs);
    }

    static String errorOf(List<TaskLog> logs) {
        for (int i = logs.size() - 1; i >= 0; i--) {
            TaskLog log = logs.get(i);
            if (log != null && TaskStatus.isFailed(log.status()) && log.msg() != null && !log.msg().isBlank()) {
                return log.msg().strip();
            }
        }
        TaskLog last = logs.isEmpty() ? null : logs.get(logs.size() - 1);
        return last == null || last.msg() == null || last.msg().isBlank() || "ok".equalsIgnoreCase(last.msg())
                ? null : last.msg().strip();
    }
}
