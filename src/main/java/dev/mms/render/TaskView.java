package dev.mms.render;

import dev.mms.api.Task;
import dev.mms.api.TaskStatus;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms job tasks}, and {@code task/<id>} for {@code -o name}. */
final class TaskView implements View<Task> {

    private static final List<Column<Task>> DEFAULT = List.of(
            new Column<>("ID", "id", t -> JobView.text(t.id()), false),
            new Column<>("TABLE", List.of("srcDbName", "srcTableName"), t -> (t.srcDbName() == null ? "" : t.srcDbName() + ".") + t.srcTableName(), true),
            new Column<>("PARTITION", "partition", Task::partition, true),
            new Column<>("STATUS", "status", Task::status, false, (t, text) -> MigrationStatus.paint(t.status(), text)),
            new Column<>("STARTED", "startTime", Task::startTime, false),
            new Column<>("ENDED", "endTime", Task::endTime, false));

    private static final List<Column<Task>> WIDE_EXTRA = List.of(
            new Column<>("PHASE", t -> TaskStatus.phase(t.status()), false),
            new Column<>("JOB ID", "jobId", t -> JobView.text(t.jobId()), false),
            new Column<>("DST TABLE", List.of("dstDbName", "dstTableName"), t -> (t.dstDbName() == null ? "" : t.dstDbName() + ".") + t.dstTableName(), true),
            new Column<>("TYPE", "type", Task::type, false),
            new Column<>("RETRIED", "retriedTimes", t -> JobView.text(t.retriedTimes()), false),
            new Column<>("STOPPED", "stopped", t -> JobView.text(t.stopped()), false),
            new Column<>("CREATED", "createTime", Task::createTime, false));

    /** The csv and tsv fields: every field of ListMmsTasks' object, in its order (mms-api.md §1.1). */
    private static final List<Field<Task>> FIELDS = Field.of("id", "jobId", "jobName", "sourceId", "sourceName", "dbId", "tableId", "srcDbName", "srcSchemaName", "srcTableName", "dstDbName", "dstSchemaName", "dstTableName", "partition", "status", "type", "running", "stopped", "retriedTimes", "createTime", "startTime", "endTime");

    private static final List<String> DROP_ORDER = List.of("ENDED", "STARTED", "PARTITION");

    @Override
    public List<Field<Task>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
    }

    @Override
    public List<Column<Task>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<Task>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    @Override
    public String name(Task task) {
        return "task/" + task.id();
    }
}
