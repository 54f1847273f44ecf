package dev.mms.render;

import dev.mms.api.Job;
import dev.mms.api.JobConfig;
import dev.mms.api.Task;
import dev.mms.jobs.FailedTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code mms job get} for people: the job (status, progress, scope and config, created and eta), its tasks counted by
 * status, and its failed tasks with table, partition, phase and error.
 */
public final class JobDetail {

    private JobDetail() {
    }

    public static String render(Job job, List<Task> tasks, FailedTasks.Report failed, String sourceOption) {
        JobConfig c = job.config();
        DetailBlock block = new DetailBlock()
                .field("ID", job.id())
                .field("Name", job.name())
                .field("Status", job.status() + (Boolean.TRUE.equals(job.stopped()) ? " (stopped)" : ""))
                .field("Progress", job.taskNum() == null ? null
                        : (job.taskDone() == null ? 0 : job.taskDone()) + "/" + job.taskNum() + " tasks done")
                .field("Source", job.sourceName() == null ? job.sourceId()
                        : job.sourceName() + " (" + job.sourceId() + ")")
                .field("Scope", scope(job))
                .field("From", qualified(job.srcDbName(), job.srcSchemaName()))
                .field("To", qualified(job.dstDbName(), job.dstSchemaName()))
                .field("Created", job.createTime())
                .field("ETA", job.eta());
        if (c != null) {
            block.field("Tables", join(c.tables()))
                    .field("Partitions", c.partitions() == null || c.partitions().isEmpty() ? null
                            : c.partitions().size() + " (" + joinIds(c.partitions()) + ")")
                    .field("White list", join(c.tableWhiteList()))
                    .field("Black list", join(c.tableBlackList()))
                    .field("Verification", c.enableVerification() == null ? null : onOff(c.enableVerification()))
                    .field("Increment", c.increment() == null ? null : onOff(c.increment()))
                    .field("Task type", c.taskType());
        }
        block.field("Tasks", byStatus(tasks));
        if (c != null) {
            mapSection(block, "Partition filters:", c.partitionFilters());
            mapSection(block, "Table mapping:", c.tableMapping());
            mapSection(block, "Column mapping:", c.columnMapping());
            if (c.others() != null && !c.others().isEmpty()) {
                Map<String, String> others = new TreeMap<>();
                c.others().forEach((k, v) -> others.put(k, String.valueOf(v)));
                mapSection(block, "Others:", others);
            }
        }
        List<String> failedLines = FailedTaskText.lines(failed, sourceOption);
        if (!failedLines.isEmpty()) {
            block.section(failedLines.get(0), failedLines.subList(1, failedLines.size()).stream()
                    .map(line -> line.startsWith("  ") ? line.substring(2) : line).toList());
        }
        return block.render();
    }

    /** e.g. "DONE 7, DATA_FAILED 1", in the task lifecycle order of mms-api.md §2. */
    static String byStatus(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = new TreeMap<>((a, b) -> Integer.compare(rank(a), rank(b)) != 0
                ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
        for (Task t : tasks) {
            counts.merge(t.status() == null ? "?" : t.status(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(status + " " + n));
        return String.join(", ", parts);
    }

    private static int rank(String status) {
        try {
            return dev.mms.api.TaskStatus.valueOf(status).ordinal();
        } catch (IllegalArgumentException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The job's type and what it selects: "Tables: 2 tables, 1 filter", "Database: whole database". */
    private static String scope(Job job) {
        JobConfig c = job.config();
        List<String> parts = new ArrayList<>();
        if (c != null) {
            count(parts, c.tables(), "table", "tables");
            count(parts, c.partitions(), "partition", "partitions");
            count(parts, c.tableWhiteList(), "whitelisted table", "whitelisted tables");
            count(parts, c.tableBlackList(), "blacklisted table", "blacklisted tables");
            if (c.partitionFilters() != null && !c.partitionFilters().isEmpty()) {
                parts.add(c.partitionFilters().size() + (c.partitionFilters().size() == 1 ? " partition filter"
                        : " partition filters"));
            }
        }
        if (parts.isEmpty() && "Database".equals(job.type())) {
            parts.add("whole database");
        }
        String what = String.join(", ", parts);
        if (job.type() == null) {
            return what.isEmpty() ? null : what;
        }
        return what.isEmpty() ? job.type() : job.type() + ": " + what;
    }

    private static void count(List<String> parts, List<?> values, String one, String many) {
        if (values != null && !values.isEmpty()) {
            parts.add(values.size() + " " + (values.size() == 1 ? one : many));
        }
    }

    private static void mapSection(DetailBlock block, String heading, Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        new TreeMap<>(map).forEach((k, v) -> rows.add(List.of(k + ":", v == null ? "" : v)));
        block.section(heading, DetailBlock.columns(rows));
    }

    private static String qualified(String db, String schema) {
        if (db == null) {
            return null;
        }
        return schema == null || schema.isEmpty() ? db : db + "." + schema;
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    private static String joinIds(List<Long> ids) {
        List<String> text = new ArrayList<>();
        for (int i = 0; i < ids.size() && i < 10; i++) {
            text.add(String.valueOf(ids.get(i)));
        }
        return String.join(", ", text) + (ids.size() > 10 ? ", …" : "");
    }

    private static String onOff(Boolean value) {
        return Boolean.TRUE.equals(value) ? "on" : "off";
    }
}
