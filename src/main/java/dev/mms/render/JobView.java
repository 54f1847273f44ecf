package dev.mms.render;

import dev.mms.api.Job;
import dev.mms.api.JobStatus;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms job list} / {@code mms job create} results, and {@code job/<id>} for {@code -o name}. */
final class JobView implements View<Job> {

    private static final List<Column<Job>> DEFAULT = List.of(
            new Column<>("ID", "id", job -> text(job.id()), false),
            new Column<>("NAME", "name", Job::name, true),
            new Column<>("SOURCE", "sourceName", Job::sourceName, true),
            new Column<>("SRC DB", "srcDbName", Job::srcDbName, true),
            new Column<>("DST PROJECT", "dstDbName", Job::dstDbName, true),
            new Column<>("TYPE", "type", Job::type, false),
            new Column<>("STATUS", "status", Job::status, false, (job, text) -> paintStatus(job.status(), text)),
            new Column<>("PROGRESS", List.of("taskDone", "taskNum"), JobView::progress, false, JobView::withBar),
            new Column<>("CREATED", "createTime", Job::createTime, false));

    private static final List<Column<Job>> WIDE_EXTRA = List.of(
            new Column<>("SOURCE ID", "sourceId", job -> text(job.sourceId()), false),
            new Column<>("SRC SCHEMA", "srcSchemaName", Job::srcSchemaName, true),
            new Column<>("DST SCHEMA", "dstSchemaName", Job::dstSchemaName, true),
            new Column<>("ETA", "eta", Job::eta, false),
            new Column<>("STOPPED", "stopped", job -> text(job.stopped()), false),
            new Column<>("CONFIG", "config", job -> JobConfigSummary.of(job.config()), true));

    /** The fields of a job in GetMmsJob's order (mms-api.md §1.1); config as compact JSON. */
    private static final List<Field<Job>> FIELDS = Field.of("id", "name", "sourceId", "dbId", "sourceName",
            "srcDbName", "srcSchemaName", "dstDbName", "dstSchemaName", "status", "type", "taskNum", "taskDone",
            "stopped", "createTime", "eta", "config");

    /** The list is of one source, so its name goes first; ID, NAME, STATUS and PROGRESS always stay. */
    private static final List<String> DROP_ORDER = List.of("SOURCE", "TYPE", "CREATED", "DST PROJECT", "SRC DB");

    @Override
    public List<Column<Job>> columns(boolean wide) {
        if (!wide) {
            return DEFAULT;
        }
        List<Column<Job>> all = new ArrayList<>(DEFAULT);
        all.addAll(WIDE_EXTRA);
        return List.copyOf(all);
    }

    @Override
    public List<Field<Job>> fields() {
        return FIELDS;
    }

    @Override
    public List<String> dropOrder() {
        return DROP_ORDER;
    }

    @Override
    public String name(Job job) {
        return "job/" + job.id();
    }

    private static String progress(Job job) {
        if (job.taskNum() == null) {
            return null;
        }
        return (job.taskDone() == null ? 0 : job.taskDone()) + "/" + job.taskNum();
    }

    private static String withBar(Job job, String text) {
        if (job.taskNum() == null) {
            return text;
        }
        int done = job.taskDone() == null ? 0 : job.taskDone();
        return text + " " + ProgressBar.of(done, job.taskNum());
    }

    static String paintStatus(String status, String text) {
        if (JobStatus.DONE.name().equals(status)) {
            return Ansi.GREEN.paint(text);
        }
        if (JobStatus.FAILED.name().equals(status)) {
            return Ansi.RED.paint(text);
        }
        if (JobStatus.DOING.name().equals(status)) {
            return Ansi.YELLOW.paint(text);
        }
        return text;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
