package dev.mms.cli.job;

import dev.mms.cli.ExitCodes;
import dev.mms.jobs.FailedTasks;
import dev.mms.jobs.PlannedJob;
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
 * failed, not sent, submitted) with the job id, and where a watch ran, its {@link WatchStep}.
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
        SpecResult.Step watch = WatchStep.of(s, mode, ending, failedTasks);
        return watch == null ? result : result.with(watch);
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
        SpecResult.Step creating = WatchStep.stillCreating(s, ending);
        return SpecResult.Step.failed("create", sent + ", " + creating.result(), creating.detail());
    }

    private static String detail(JobState s) {
        if (s.error() == null) {
            return s.message();
        }
        String error = ExitCodes.describe(s.error());
        return s.message() == null || s.message().equals(s.error().getMessage()) ? error : s.message() + "\n" + error;
    }
}
