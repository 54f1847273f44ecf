package dev.mms.emulator;

import dev.mms.api.JobSpec;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of mms-api.md §1.1, built as ordered maps: every documented field is present (null when unset),
 * ids are numbers and times are {@code yyyy-MM-dd HH:mm:ss} in the clock's zone.
 */
final class JsonViews {

    private final DateTimeFormatter time;

    JsonViews(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    String time(long epochMillis) {
        return time.format(Instant.ofEpochMilli(epochMillis));
    }

    Map<String, Object> job(StoredJob job, JobProgress progress, Catalog.Source source) {
        JobSpec spec = job.spec();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("name", spec.name());
        m.put("sourceId", job.sourceId());
        m.put("dbId", job.dbId());
        m.put("sourceName", source == null ? spec.sourceName() : source.name());
        m.put("srcDbName", spec.srcDbName());
        m.put("srcSchemaName", spec.srcSchemaName());
        m.put("dstDbName", spec.dstDbName());
        m.put("dstSchemaName", spec.dstSchemaName());
        m.put("status", progress.status());
        m.put("type", job.type());
        m.put("taskNum", job.tasks().size());
        m.put("taskDone", progress.taskDone());
        m.put("stopped", job.stopped());
        m.put("createTime", time(job.createdAtMillis()));
        m.put("eta", spec.eta());
        m.put("config", config(spec));
        return m;
    }

    /** The job {@code config}: it echoes the body, except enableSchemaMigration/enableDataMigration (GSDK). */
    private static Map<String, Object> config(JobSpec spec) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("partitions", spec.partitions());
        c.put("tables", spec.tables());
        c.put("tableBlackList", spec.tableBlackList());
        c.put("tableWhiteList", spec.tableWhiteList());
        c.put("partitionFilters", spec.partitionFilters());
        c.put("tableMapping", spec.tableMapping());
        c.put("columnMapping", spec.columnMapping());
        c.put("others", spec.others());
        c.put("increment", spec.increment());
        c.put("enableVerification", spec.enableVerification());
        c.put("schemaOnly", spec.schemaOnly());
        c.put("taskType", spec.taskType());
        c.put("tunnelQuota", null);
        return c;
    }

    /** GetMmsAsyncTask {@code data}. {@code result}/{@code errorMsg} are the string "null" when empty, as in the docs. */
    Map<String, Object> asyncTask(StoredAsyncTask task, long now) {
        boolean finished = task.finishedAt(now);
        boolean failed = finished && task.objectId() == null;
        long span = Math.max(1, task.finishesAtMillis() - task.createdAtMillis());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", task.id());
        m.put("sourceId", task.sourceId());
        m.put("type", task.type());
        m.put("objectId", finished ? task.objectId() : null);
        m.put("status", !finished ? "DOING" : failed ? "FAILED" : "DONE");
        m.put("running", !finished);
        m.put("progress", finished ? 100 : (int) Math.min(99, 100 * (now - task.createdAtMillis()) / span));
        m.put("result", finished && !failed ? "{\"jobId\":" + task.objectId() + "}" : "null");
        m.put("errorMsg", failed ? task.errorMsg() : "null");
        m.put("startTime", time(task.createdAtMillis()));
        m.put("endTime", finished ? time(task.finishesAtMillis()) : null);
        m.put("createTime", time(task.createdAtMillis()));
        return m;
    }

    /** The task id of a job's task at {@code index}; {@link #taskIndex} reads it back. */
    static long taskId(StoredJob job, int index) {
        return job.id() * 10_000 + index + 1;
    }

    /** The job id and task index an id of {@link #taskId} stands for, or null when it cannot be one. */
    static long[] taskIndex(long taskId) {
        long index = taskId % 10_000 - 1;
        return taskId <= 0 || index < 0 ? null : new long[] {taskId / 10_000, index};
    }

    /**
     * A task of ListMmsTasks / GetMmsTask: the SDK model's fields, plus {@code partition} (the value a partition task
     * migrates, which the query filters by). No error message: that is in ListMmsTaskLogs, as in the SDK.
     */
    Map<String, Object> task(StoredJob job, int index, String status, Catalog.Source source, TaskTimeline timeline) {
        StoredTask t = job.tasks().get(index);
        JobSpec spec = job.spec();
        Map<String, String> mapping = spec.tableMapping() == null ? Map.of() : spec.tableMapping();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", taskId(job, index));
        m.put("jobId", job.id());
        m.put("jobName", spec.name());
        m.put("sourceId", job.sourceId());
        m.put("sourceName", source == null ? null : source.name());
        m.put("dbId", job.dbId());
        m.put("tableId", t.tableId());
        m.put("srcDbName", spec.srcDbName());
        m.put("srcSchemaName", spec.srcSchemaName());
        m.put("srcTableName", t.tableName());
        m.put("dstDbName", spec.dstDbName());
        m.put("dstSchemaName", spec.dstSchemaName());
        m.put("dstTableName", mapping.getOrDefault(t.tableName(), t.tableName()));
        m.put("partition", t.partition());
        m.put("status", status);
        m.put("type", spec.taskType() == null ? "MOCK" : spec.taskType());
        m.put("running", status.endsWith("_DOING"));
        m.put("stopped", job.stopped());
        m.put("retriedTimes", job.retried() && t.fails() ? 1 : 0);
        TaskTimeline.Times times = timeline.of(index, status);
        m.put("createTime", time(job.createdAtMillis()));
        m.put("startTime", times.startMillis() == null ? null : time(times.startMillis()));
        m.put("endTime", times.endMillis() == null ? null : time(times.endMillis()));
        return m;
    }

    /**
     * A data source of ListMmsDataSources / GetMmsDataSource with every count field of the SDK's model, from the
     * migration state; {@code config} items only when asked for ({@code withConfig}).
     */
    Map<String, Object> dataSource(Catalog.Source s, MigrationState state, boolean withConfig) {
        List<Catalog.Database> dbs = s.databases() == null ? List.of() : s.databases();
        MigrationState.Counts tables = state.tables(dbs);
        MigrationState.Counts partitions = state.partitions(dbs);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("type", s.type());
        m.put("region", s.region());
        m.put("status", "STARTED");
        m.put("errMsg", null);
        m.put("agentIsOnline", true);
        m.put("networklink", "vpc-emulator:" + s.region());
        m.put("dstProject", s.dstProject());
        m.put("dstProjects", s.dstProject() == null ? List.of() : List.of(s.dstProject()));
        m.put("dbNum", dbs.size());
        m.put("tableNum", tables.total());
        m.put("partitionNum", partitions.total());
        m.put("tablesDoingNum", tables.doing());
        m.put("tablesDoneNum", tables.done());
        m.put("tablesFailedNum", tables.failed());
        m.put("tablesPartDoneNum", tables.partDone());
        m.put("partitionsDoingNum", partitions.doing());
        m.put("partitionsDoneNum", partitions.done());
        m.put("partitionsFailedNum", partitions.failed());
        m.put("lastUpdateTime", s.createTime());
        m.put("createTime", s.createTime());
        m.put("scanId", 0);
        m.put("scanStatus", "DONE");
        m.put("scanErrMsg", null);
        m.put("config", withConfig ? DataSourceConfig.items(s) : List.of());
        return m;
    }

    /** A database of ListMmsDbs (GSDK list_mms_dbs_response_body_model.go). */
    Map<String, Object> database(Catalog.Source s, Catalog.Database db, MigrationState state) {
        MigrationState.Counts tables = state.tables(List.of(db));
        MigrationState.Counts partitions = state.partitions(List.of(db));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", db.id());
        m.put("name", db.name());
        m.put("sourceId", s.id());
        m.put("sourceName", s.name());
        m.put("description", null);
        m.put("owner", null);
        m.put("location", location(s, db.name(), null));
        m.put("dstProjectName", s.dstProject());
        m.put("dstName", null);
        m.put("status", state.databaseStatus(db));
        m.put("numRows", sum(db.tablesOrEmpty().stream().map(Catalog.Table::rows).toList()));
        m.put("size", sum(db.tablesOrEmpty().stream().map(Catalog.Table::bytes).toList()));
        m.put("tables", tables.total());
        m.put("tablesDoing", tables.doing());
        m.put("tablesDone", tables.done());
        m.put("tablesFailed", tables.failed());
        m.put("tablesPartDone", tables.partDone());
        m.put("partitions", partitions.total());
        m.put("partitionsDoing", partitions.doing());
        m.put("partitionsDone", partitions.done());
        m.put("partitionsFailed", partitions.failed());
        m.put("updated", false);
        m.put("deleted", false);
        m.put("extra", "{}");
        m.put("lastDdlTime", s.createTime());
        m.put("createTime", s.createTime());
        m.put("updateTime", s.createTime());
        return m;
    }

    /** A table of ListMmsTables (GSDK list_mms_tables_response_body_model.go), with its schema's partition columns. */
    Map<String, Object> table(Catalog.Source s, Catalog.Database db, Catalog.Table t, MigrationState state) {
        MigrationState.Counts partitions = state.partitions(db.name(), t);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("sourceId", s.id());
        m.put("sourceName", s.name());
        m.put("dbId", db.id());
        m.put("dbName", db.name());
        m.put("dstProjectName", s.dstProject());
        m.put("dstSchemaName", null);
        m.put("dstName", t.name());
        m.put("type", "MANAGED_TABLE");
        m.put("status", state.tableStatus(db.name(), t));
        m.put("hasPartitions", t.isPartitioned());
        m.put("owner", null);
        m.put("location", location(s, db.name(), t.name()));
        m.put("numRows", t.rows());
        m.put("size", t.bytes());
        m.put("partitions", partitions.total());
        m.put("partitionsDoing", partitions.doing());
        m.put("partitionsDone", partitions.done());
        m.put("partitionsFailed", partitions.failed());
        m.put("updated", false);
        m.put("lastDdlTime", t.lastDdlTime() != null ? t.lastDdlTime() : s.createTime());
        m.put("inputFormat", null);
        m.put("outputFormat", null);
        m.put("serde", null);
        m.put("extra", "{}");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("name", t.name());
        schema.put("comment", null);
        schema.put("columns", columns(t.columnsOrEmpty(), true));
        schema.put("partitions", columns(t.partitionColumns() == null ? List.of() : t.partitionColumns(), false));
        m.put("schema", schema);
        return m;
    }

    /** A partition of ListMmsPartitions (GSDK list_mms_partitions_response_body_model.go). */
    Map<String, Object> partition(Catalog.Source s, Catalog.Database db, Catalog.Table t, Catalog.Partition p,
                                  MigrationState state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("sourceId", s.id());
        m.put("sourceName", s.name());
        m.put("dbId", db.id());
        m.put("dbName", db.name());
        m.put("tableId", t.id());
        m.put("tableName", t.name());
        m.put("value", p.value());
        m.put("dstProjectName", s.dstProject());
        m.put("dstSchemaName", null);
        m.put("dstTableName", t.name());
        m.put("dstValue", p.value());
        m.put("status", state.status(db.name(), t.name(), p.value()));
        m.put("numRows", p.numRows());
        m.put("size", p.size());
        m.put("updated", false);
        m.put("lastDdlTime", p.lastDdlTime() != null ? p.lastDdlTime() : s.createTime());
        return m;
    }

    /** Schema columns in the API's shape; partition columns are never null, other columns may be. */
    private static List<Map<String, Object>> columns(List<Catalog.Column> columns, boolean nullable) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Catalog.Column c : columns) {
            Map<String, Object> column = new LinkedHashMap<>();
            column.put("name", c.name());
            column.put("type", c.type());
            column.put("comment", null);
            column.put("nullable", nullable);
            column.put("defaultValue", null);
            out.add(column);
        }
        return out;
    }

    /** The sum, or null (unknown) when any part is unknown. */
    private static Long sum(List<Long> values) {
        return values.isEmpty() || values.contains(null) ? null : values.stream().mapToLong(Long::longValue).sum();
    }

    private static String location(Catalog.Source s, String db, String table) {
        String base = switch (s.type() == null ? "" : s.type()) {
            case "BIGQUERY" -> "bigquery://" + s.name() + "/" + db;
            case "MAXCOMPUTE" -> "odps://" + db;
            default -> "hdfs://emulator-nn:8020/user/hive/warehouse/" + db + ".db";
        };
        return table == null ? base : base + "/" + table;
    }

    static Map<String, Object> page(List<?> items, int total, int pageNum, int pageSize) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("pageNum", pageNum);
        m.put("pageSize", pageSize);
        m.put("objectList", items);
        return m;
    }
}
