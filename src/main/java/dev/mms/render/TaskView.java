package dev.mms.render;

import dev.mms.api.Task;
import dev.mms.api.TaskStatus;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms job tasks}, and {@code task/<id>} for {@code -o name}. */
final class TaskView implements View<Task> {

    private static final List<Column<Task>> DEFAULT = List.of(
            new Column<>("ID", t -> JobView.text(t.id()), false),
            new Column<>("TABLE", t -> (t.srcDbName() == null ? "" : t.srcDbName() + ".") + t.srcTableName(), true),
            new Column<>("PARTITION", Task::partition, true),
            new Column<>("STATUS", Task::status, false, (t, text) -> MigrationStatus.paint(t.status(), text)),
            new Column<>("STARTED", Task::startTime, false),
            new Column<>("ENDED", Task::endTime, false));

    private static final List<Column<Task>> WIDE_EXTRA = List.of(
            new Column<>("PHASE", t -> TaskStatus.phase(t.status()), false),
            new Column<>("JOB ID", t -> JobView.text(t.jobId()), false),
            new Column<>("DST TABLE", t -> (t.dstDbName() == null ? "" : t.dstDbName() + ".") + t.dstTableName(), true),
            new Column<>("TYPE", Task::type, false),
            new Column<>("RETRIED", t -> JobView.text(t.retriedTimes()), false),
            new Column<>("STOPPED", t -> JobView.text(t.stopped()), false),
            new Column<>("CREATED", Task::createTime, false));

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
