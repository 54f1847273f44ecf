package dev.mms.render;

import dev.mms.api.AsyncTask;
import java.util.ArrayList;
import java.util.List;

/** Columns of an async task, what {@code mms job create} without {@code --watch} can show; {@code asynctask/<id>}. */
final class AsyncTaskView implements View<AsyncTask> {

    private static final List<Column<AsyncTask>> DEFAULT = List.of(
            new Column<>("ID", "id", task -> JobView.text(task.id()), false),
            new Column<>("TYPE", "type", AsyncTask::type, false),
            new Column<>("STATUS", "status", AsyncTask::status, false, (task, text) -> JobView.paintStatus(task.status(), text)),
            new Column<>("PROGRESS", "progress", task -> task.progress() == null ? null : task.progress() + "%", false,
                    (task, text) -> text + " " + ProgressBar.of(task.progress(), 100)),
            new Column<>("JOB ID", "objectId", task -> JobView.text(task.objectId()), false),
            new Column<>("CREATED", "createTime", AsyncTask::createTime, false));

    private static final List<Column<AsyncTask>> WIDE_EXTRA = List.of(
            new Column<>("SOURCE ID", "sourceId", task -> JobView.text(task.sourceId()), false),
            new Column<>("RUNNING", "running", task -> JobView.text(task.running()), false),
            new Column<>("STARTED", "startTime", AsyncTask::startTime, false),
            new Column<>("ENDED", "endTime", AsyncTask::endTime, false),
            new Column<>("ERROR", "errorMsg", task -> present(task.errorMsg()), true));

    @Override
    public List<Column<AsyncTask>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<AsyncTask>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    /** GetMmsAsyncTask's fields in the API's order (mms-api.md §1.1), values as the server sent them. */
    private static final List<Field<AsyncTask>> FIELDS = Field.of("id", "sourceId", "type", "objectId", "status",
            "running", "progress", "result", "errorMsg", "startTime", "endTime", "createTime");

    private static final List<String> DROP_ORDER = List.of("CREATED", "TYPE", "PROGRESS");

    @Override
    public List<Field<AsyncTask>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
    }

    @Override
    public String name(AsyncTask task) {
        return "asynctask/" + task.id();
    }

    /** The documented GetMmsAsyncTask example sends the string "null" for no error (mms-api.md §1.1). */
    private static String present(String value) {
        return value == null || value.isBlank() || "null".equals(value) ? null : value;
    }
}
