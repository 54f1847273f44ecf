package dev.mms.render;

import dev.mms.api.Task;
import dev.mms.api.TaskLog;
import dev.mms.api.TaskStatus;

/** {@code mms task get} for people, and the plain-text lines of {@code mms task logs}. */
public final class TaskDetail {

    private TaskDetail() {
    }

    public static String render(Task t, String error) {
        return new DetailBlock()
                .field("ID", t.id())
                .field("Job", t.jobName() == null ? t.jobId() : t.jobName() + " (" + t.jobId() + ")")
                .field("Table", (t.srcDbName() == null ? "" : t.srcDbName() + ".") + t.srcTableName())
                .field("Partition", t.partition())
                .field("Status", t.status())
                .field("Phase", TaskStatus.phase(t.status()))
                .field("Error", error)
                .field("To", (t.dstDbName() == null ? "" : t.dstDbName() + ".")
                        + (t.dstSchemaName() == null || t.dstSchemaName().isEmpty() ? "" : t.dstSchemaName() + ".")
                        + t.dstTableName())
                .field("Type", t.type())
                .field("Running", t.running())
                .field("Stopped", t.stopped())
                .field("Retried", t.retriedTimes())
                .field("Created", t.createTime())
                .field("Started", t.startTime())
                .field("Ended", t.endTime())
                .render();
    }

    /** One line per entry: time, status, action, and the message unless it is a bare "ok". */
    public static String logLine(TaskLog log) {
        StringBuilder line = new StringBuilder();
        line.append(log.createTime() == null ? "-" : log.createTime()).append("  ");
        line.append(String.format("%-19s", log.status() == null ? "-" : log.status())).append(' ');
        line.append(log.action() == null ? "" : log.action().replaceAll("\\s*\\R\\s*", " "));
        String msg = log.msg();
        if (msg != null && !msg.isBlank() && !msg.equalsIgnoreCase("ok")) {
            line.append(log.action() == null || log.action().isEmpty() ? "" : ": ").append(msg.strip());
        }
        return line.toString().stripTrailing();
    }
}
