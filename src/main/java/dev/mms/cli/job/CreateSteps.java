package dev.mms.cli.job;

import dev.mms.api.Task;
import dev.mms.cli.ExitCodes;
import dev.mms.jobs.FailedTasks;
import dev.mms.jobs.PlannedJob;
import dev.mms.render.FailedTaskText;
import dev.mms.report.SpecResult;
import dev.mms.run.RunOptions;
import dev.mms.run.RunReport;
import dev.mms.watch.JobState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a run of {@code mms job create} came to for one spec, as the {@code create} and {@code watch} steps of its CI
 * reports (docs/ci-reports.md): the run engine's result for the spec (created, unchanged, not created, unknown,
 * failed, not sent, submitted) with the job id, and where a watch ran, the job's last status, its failed tasks, or
 * where the deadline or an interrupt found it.
 */
final class CreateSteps {

    private CreateSteps() {
    }

    /** Every spec's validated result with its create step and, when its job was followed, its watch step. */
    static List<SpecResult> of(List<SpecResult> validated, RunReport run, RunOptions.Mode mode,
                               Map<Integer, FailedTasks.Report> failedTasks) {
        return run.states().stream().map(s -> of(validated.get(s.index()), s, mode, run.ending(),
                failedTasks.get(s.index()))).toList();
    }

    /** {@code --dry-run}: what would have been done with each spec (nothing was sent). */
    static List<SpecResult> dryRun(List<SpecResult> validated, List<PlannedJob> jobs, List<PlannedJob> sent) {
        List<SpecResult> results = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            results.add(validated.get(i).with(SpecResult.Step.ok("create", sent.contains(jobs.get(i))
                    ? "dry run: would be sent" : "dry run: would be skipped (its name exists)", null)));
        }
        return results;
    }

    /** A run that ended by an unexpected error: what was sent is not known. */
    static List<SpecResult> stopped(List<SpecResult> validated, RuntimeException e) {
        return validated.stream().map(v -> v.with(SpecResult.Step.failed("create",
                "stopped: the run ended by an unexpected error", e.getMessage()))).toList();
    }

    private static SpecResult of(SpecResult validated, JobState s, RunOptions.Mode mode, RunReport.Ending ending,
                         FailedTasks.Report failedTasks) {
        SpecResult result = validated.withJobId(s.jobId()).with(create(s, mode, ending));
        boolean followed = mode == RunOptions.Mode.WATCH && s.jobId() != null
                && (s.result() == JobState.Result.CREATED || s.result() == JobState.Result.UNCHANGED);
        return followed ? result.with(watch(s, ending, failedTasks)) : result;
    }

    private static SpecResult.Step create(JobState s, RunOptions.Mode mode, RunReport.Ending ending) {
        String job = s.jobId() == null ? "" : ": job " + s.jobId();
        return switch (s.result()) {
            case CREATED -> SpecResult.Step.ok("create", "created" + job, s.message());
            case UNCHANGED -> SpecResult.Step.ok("create", "unchanged" + job, s.message());
            case SUBMITTED -> submitted(s, mode, ending);
            case NOT_CREATED -> SpecResult.Step.failed("create", "not created", detail(s));
            case UNKNOWN -> SpecResult.Step.failed("create", "unknown: it may have been created", detail(s));
            case FAILED -> SpecResult.Step.failed("create", "failed", detail(s));
            case NOT_SENT -> SpecResult.Step.failed("create", "not sent", detail(s));
            case WATCHED -> SpecResult.Step.ok("create", "followed" + job, s.message());
        };
    }

    /** Sent; without --wait or --watch that is the end of it, with them the run stopped before the job existed. */
    private static SpecResult.Step submitted(JobState s, RunOptions.Mode mode, RunReport.Ending ending) {
        String sent = "submitted: async task " + s.asyncTaskId();
        if (mode == RunOptions.Mode.SUBMIT || s.ended()) {
            return SpecResult.Step.ok("create", sent, s.message());
        }
        return SpecResult.Step.failed("create", sent + ", " + stopped(ending) + " while it was creating the job"
                + progress(s.progress()), "the creation goes on on the server: mms job watch --async-task "
                + s.asyncTaskId() + " --source-id " + s.sourceId());
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

    private static String detail(JobState s) {
        if (s.error() == null) {
            return s.message();
        }
        String error = ExitCodes.describe(s.error());
        return s.message() == null || s.message().equals(s.error().getMessage()) ? error : s.message() + "\n" + error;
    }

    private static String stopped(RunReport.Ending ending) {
        return ending == RunReport.Ending.INTERRUPTED ? "interrupted" : "timed out";
    }

    private static String progress(Integer percent) {
        return percent == null ? "" : " (" + percent + "%)";
    }

    private static String orUnknown(String status) {
        return status == null ? "status unknown" : status;
    }
}
