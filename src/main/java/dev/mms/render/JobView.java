package dev.mms.render;

import dev.mms.api.Job;
import dev.mms.api.JobStatus;
import java.util.ArrayList;
import java.util.List;

/** Columns of {@code mms job list} / {@code mms job create} results, and {@code job/<id>} for {@code -o name}. */
final class JobView implements View<Job> {

    private static final List<Column<Job>> DEFAULT = List.of(
            new Column<>("ID", job -> text(job.id()), false),
            new Column<>("NAME", Job::name, true),
            new Column<>("SOURCE", Job::sourceName, true),
            new Column<>("SRC DB", Job::srcDbName, true),
            new Column<>("DST PROJECT", Job::dstDbName, true),
            new Column<>("TYPE", Job::type, false),
            new Column<>("STATUS", Job::status, false, (job, text) -> paintStatus(job.status(), text)),
            new Column<>("PROGRESS", JobView::progress, false, JobView::withBar),
            new Column<>("CREATED", Job::createTime, false));

    private static final List<Column<Job>> WIDE_EXTRA = List.of(
            new Column<>("SOURCE ID", job -> text(job.sourceId()), false),
            new Column<>("SRC SCHEMA", Job::srcSchemaName, true),
            new Column<>("DST SCHEMA", Job::dstSchemaName, true),
            new Column<>("ETA", Job::eta, false),
            new Column<>("STOPPED", job -> text(job.stopped()), false),
            new Column<>("CONFIG", job -> JobConfigSummary.of(job.config()), true));

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
