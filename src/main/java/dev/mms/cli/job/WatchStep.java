package dev.mms.cli.job;

import dev.mms.api.Task;
import dev.mms.cli.ExitCodes;
import dev.mms.jobs.FailedTasks;
import dev.mms.render.FailedTaskText;
import dev.mms.report.SpecResult;
import dev.mms.run.RunOptions;
import dev.mms.run.RunReport;
import dev.mms.watch.JobState;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code watch} step of a spec's CI reports (docs/ci-reports.md), the same for {@code job create --watch} and
 * {@code job apply --watch}: the followed job's last status and tasks, its failed tasks with their errors when it
 * ended FAILED, or where the deadline or an interrupt found it and the command that resumes watching.
 */
final class WatchStep {

    private WatchStep() {
    }

    /** The watch step of a spec whose job the run followed; null when none was (no --watch, or no job came of it). */
    static SpecResult.Step of(JobState s, RunOptions.Mode mode, RunReport.Ending ending,
                              FailedTasks.Report failedTasks) {
        boolean followed = mode == RunOptions.Mode.WATCH && s.jobId() != null
                && (s.result() == JobState.Result.CREATED || s.result() == JobState.Result.UNCHANGED);
        return followed ? watch(s, ending, failedTasks) : null;
    }

    /**
     * As {@link #of}, and for a spec the deadline or an interrupt found still being created (sent, no job yet), a
     * failed step that says so with the command that resumes: for a command whose own step does not (apply).
     */
    static SpecResult.Step orStillCreating(JobState s, RunOptions.Mode mode, RunReport.Ending ending,
                                           FailedTasks.Report failedTasks) {
        SpecResult.Step followed = of(s, mode, ending, failedTasks);
        if (followed != null || mode == RunOptions.Mode.SUBMIT || s.ended()
                || s.result() != JobState.Result.SUBMITTED) {
            return followed;
        }
        return stillCreating(s, ending);
    }

    /**
     * A spec whose creation task was still running when the run stopped: {@code timed out while it was creating the
     * job (40%)}, with the command that follows the creation on.
     */
    static SpecResult.Step stillCreating(JobState s, RunReport.Ending ending) {
        return SpecResult.Step.failed("watch", stopped(ending) + " while it was creating the job"
                + (s.progress() == null ? "" : " (" + s.progress() + "%)"),
                "the creation goes on on the server: mms job watch --async-task " + s.asyncTaskId() + " --source-id "
                        + s.sourceId());
    }

    private static SpecResult.Step watch(JobState s, RunReport.Ending ending, FailedTasks.Report failedTasks) {
        String tasks = s.taskNum() == null ? "" : ", " + (s.taskDone() == null ? 0 : s.taskDone()) + " of "
                + s.taskNum() + " tasks done";
        if (!s.ended()) {
            return SpecResult.Step.failed("watch", stopped(ending) + " at " + orUnknown(s.status()) + tasks,
                    "the job goes on on the server: mms job watch " + s.jobId() + " --source-id " + s.sourceId());
        }
        if (s.error() != null) {
            return SpecResult.Step.failed("watch", orUnknown(s.status()) + tasks + ", then: " + s.message(),
                    ExitCodes.describe(s.error()));
        }
        if (s.jobFailed()) {
            return SpecResult.Step.failed("watch", "FAILED" + tasks + failedCount(failedTasks),
                    failedTasks(s, failedTasks));
        }
        return SpecResult.Step.ok("watch", orUnknown(s.status()) + tasks, null);
    }

    private static String failedCount(FailedTasks.Report report) {
        if (report == null || report.total() == 0) {
            return "";
        }
        return ", " + report.total() + (report.total() == 1 ? " task" : " tasks") + " failed";
    }

    /** One line per failed task (table, partition, phase, error), the count of the rest, and where to see them all. */
    private static String failedTasks(JobState s, FailedTasks.Report report) {
        String all = "mms job tasks " + s.jobId() + " --failed --source-id " + s.sourceId();
        if (report == null) {
            return "its failed tasks could not be read: " + all;
        }
        List<String> lines = new ArrayList<>();
        for (FailedTasks.FailedTask f : report.described()) {
            Task t = f.task();
            String table = (t.srcDbName() == null ? "" : t.srcDbName() + ".")
                    + (t.srcTableName() == null ? "task " + t.id() : t.srcTableName());
            lines.add(table + (t.partition() == null || t.partition().isEmpty() ? "" : " " + t.partition())
                    + (f.phase() == null ? "" : " (" + f.phase() + ")") + ": " + FailedTaskText.oneLine(f.error(),
                    t.id()));
        }
        if (report.notDescribed() > 0) {
            lines.add("… and " + report.notDescribed() + " more");
        }
        lines.add("all failed tasks: " + all);
        return String.join("\n", lines);
    }

    private static String stopped(RunReport.Ending ending) {
        return ending == RunReport.Ending.INTERRUPTED ? "interrupted" : "timed out";
    }

    private static String orUnknown(String status) {
        return status == null ? "status unknown" : status;
    }
}
