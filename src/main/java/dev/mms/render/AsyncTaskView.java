package dev.mms.render;

import dev.mms.api.AsyncTask;
import java.util.ArrayList;
import java.util.List;

/** Columns of an async task, what {@code mms job create} without {@code --watch} can show; {@code asynctask/<id>}. */
final class AsyncTaskView implements View<AsyncTask> {

    private static final List<Column<AsyncTask>> DEFAULT = List.of(
            new Column<>("ID", task -> JobView.text(task.id()), false),
            new Column<>("TYPE", AsyncTask::type, false),
            new Column<>("STATUS", AsyncTask::status, false, (task, text) -> JobView.paintStatus(task.status(), text)),
            new Column<>("PROGRESS", task -> task.progress() == null ? null : task.progress() + "%", false,
                    (task, text) -> text + " " + ProgressBar.of(task.progress(), 100)),
            new Column<>("JOB ID", task -> JobView.text(task.objectId()), false),
            new Column<>("CREATED", AsyncTask::createTime, false));

    private static final List<Column<AsyncTask>> WIDE_EXTRA = List.of(
            new Column<>("SOURCE ID", task -> JobView.text(task.sourceId()), false),
            new Column<>("RUNNING", task -> JobView.text(task.running()), false),
            new Column<>("STARTED", AsyncTask::startTime, false),
            new Column<>("ENDED", AsyncTask::endTime, false),
            new Column<>("ERROR", task -> present(task.errorMsg()), true));

    @Override
    public List<Column<AsyncTask>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<AsyncTask>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
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
