package dev.mms.cli.job;

import dev.mms.api.ApiException;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.InterruptGuard;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.ReportFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.cli.options.WatchFlags;
import dev.mms.jobs.FailedTasks;
import dev.mms.jobs.JobPlanner;
import dev.mms.jobs.PlannedJob;
import dev.mms.plan.ApplyAction;
import dev.mms.plan.JobDiff;
import dev.mms.plan.JobReplacer;
import dev.mms.plan.JobsByName;
import dev.mms.plan.Parallel;
import dev.mms.plan.SpecDiff;
import dev.mms.render.DiffText;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.Views;
import dev.mms.report.SpecResult;
import dev.mms.run.RunEngine;
import dev.mms.run.RunOptions;
import dev.mms.run.RunReport;
import dev.mms.watch.JobState;
import dev.mms.watch.Poller;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms job apply}: makes the jobs on the sources match the specs. Missing jobs are created, the same ones left
 * alone, drifted ones shown and refused (exit 1) unless {@code --replace}, which stops and deletes the old job and
 * creates the spec's; that needs a yes on a terminal, {@code --yes} elsewhere. Nothing is sent if any spec is
 * invalid; {@code --dry-run} sends nothing at all and prints what would be done.
 */
@Command(name = "apply", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make the jobs match the specs: create the missing ones, leave the same ones, and show the "
                + "drifted ones (exit 1) unless --replace, which stops and deletes the old job and creates it again.",
                "Every spec is validated and compared before anything is sent."})
@Example(does = "What would apply do?", run = "mms job apply -f specs/ --dry-run")
@Example(does = "Create the missing jobs and follow them to their end", run = "mms job apply -f specs/ --watch")
@Example(does = "In CI: also recreate drifted jobs, without asking", run = "mms job apply -f specs/ --replace --yes")
public final class JobApplyCommand implements Callable<Integer> {

    static final String TITLE = "mms job apply";

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Option(names = "--replace", description = "Recreate drifted jobs: stop and delete the old job, then create it "
            + "from the spec.")
    boolean replace;

    @Option(names = "--yes", description = "Do not ask before --replace deletes jobs (needed when not on a terminal).")
    boolean yes;

    @Option(names = "--dry-run", description = "Print what would be done, and send nothing.")
    boolean dryRun;

    @Option(names = "--concurrency", paramLabel = "N", description = "Specs compared and sent at once (default: "
            + "${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Mixin
    WatchFlags watch;

    @Mixin
    OutputFlags output;

    @Mixin
    ReportFlags reportFlags;

    /**
     * An action once carried out, with the exit code it contributes and, for a job --watch followed, its watch step
     * (then a failure is the watch's: the apply step itself went through).
     */
    private record Applied(ApplyAction action, int exit, SpecResult.Step watch) {
        Applied(ApplyAction action, int exit) {
            this(action, exit, null);
        }
    }

    @Override
    public Integer call() {
        SpecRun run = SpecRun.start(spec, TITLE, "apply", specFiles, specFlags, concurrency, output, reportFlags);
        MmsCommand root = run.root();
        PrintWriter err = run.err();
        JobPlanner.Plan checked = run.specs();
        SpecPlanning.stopIfInvalid(checked, run.report());
        List<PlannedJob> jobs = checked.jobs();
        Session session = run.session();
        JobsByName named = new JobsByName(session.client());
        List<JobDiff> diffs = Parallel.map(jobs, concurrency, "mms-apply",
                j -> SpecDiff.of(j.origin(), j.spec(), named.named(j.spec().sourceId(), j.spec().name())));
        List<ApplyAction> actions = diffs.stream().map(d -> ApplyAction.of(d, replace)).toList();
        List<JobDiff> drifted = diffs.stream().filter(d -> d.status() == JobDiff.Status.DRIFTED).toList();
        if (!dryRun && actions.stream().anyMatch(a -> a.action() == ApplyAction.Action.REPLACE)) {
            confirm(root, actions, err);
        }
        List<Applied> done = dryRun ? actions.stream().map(a -> new Applied(a, conflictExit(a))).toList()
                : execute(run, jobs, actions, named);
        print(run.format(), drifted, done.stream().map(Applied::action).toList(), root, run.out());
        int exit = ExitCodes.OK;
        List<SpecResult> results = new ArrayList<>();
        for (int i = 0; i < done.size(); i++) {
            Applied a = done.get(i);
            exit = ExitCodes.worst(exit, a.exit());
            SpecResult result = JobValidateCommand.result(checked.checked().get(i)).withJobId(a.action().jobId())
                    .with(step(a));
            results.add(a.watch() == null ? result : result.with(a.watch()));
        }
        boolean reported = run.report().finish(results, null);
        return reported ? exit : ExitCodes.worst(exit, ExitCodes.API_ERROR);
    }

    private void print(OutputFormat format, List<JobDiff> drifted, List<ApplyAction> actions, MmsCommand root,
                       PrintWriter out) {
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        if (format == OutputFormat.TABLE && !drifted.isEmpty()) {
            DiffText.print(drifted, options.color(), out);
            out.println();
        }
        Renderer.render(Views.applyActions(), format == OutputFormat.TABLE ? options : RenderOptions.plain(format),
                actions, out);
    }

    /** Asks on a terminal; elsewhere --yes must have been given. Nothing has been sent yet. */
    private void confirm(MmsCommand root, List<ApplyAction> actions, PrintWriter err) {
        if (yes) {
            return;
        }
        List<String> victims = actions.stream().filter(a -> a.action() == ApplyAction.Action.REPLACE)
                .map(a -> "job " + a.replacedJobId() + " '" + a.name() + "'").toList();
        if (!root.environment().stdoutIsTerminal() || specFiles.files.contains("-")) {
            throw new UsageException("--replace would stop and delete " + String.join(", ", victims)
                    + "; confirm with --yes" + (specFiles.files.contains("-") ? " (the specs came from stdin)"
                    : " when not on a terminal") + "; nothing was sent");
        }
        err.print("Stop and delete " + String.join(", ", victims) + ", then create them again from the specs? "
                + "[y/N] ");
        err.flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(root.environment().stdin(), StandardCharsets.UTF_8))
                    .readLine();
        } catch (IOException e) {
            answer = null;
        }
        if (answer == null || !List.of("y", "yes").contains(answer.trim().toLowerCase(Locale.ROOT))) {
            throw new UsageException("not confirmed; nothing was sent");
        }
    }

    private List<Applied> execute(SpecRun run, List<PlannedJob> jobs, List<ApplyAction> actions, JobsByName named) {
        MmsCommand root = run.root();
        Session session = run.session();
        PrintWriter err = run.err();
        List<Applied> done = new ArrayList<>(actions.stream().map(a -> new Applied(a, ExitCodes.OK)).toList());
        List<PlannedJob> toCreate = new ArrayList<>();
        Map<Integer, Integer> createdIndex = new HashMap<>();
        JobReplacer replacer = new JobReplacer(session.client());
        for (int i = 0; i < actions.size(); i++) {
            ApplyAction a = actions.get(i);
            if (a.action() == ApplyAction.Action.REPLACE) {
                try {
                    replacer.remove(a.sourceId(), a.replacedJobId());
                    named.forget(a.sourceId(), a.name());
                } catch (ApiException e) {
                    err.println("Error: " + a.spec() + ": job " + a.replacedJobId() + " could not be removed: "
                            + ExitCodes.describe(e));
                    done.set(i, new Applied(a.withResult("failed", a.replacedJobId(), null, null,
                            "not replaced: " + e.getMessage()), ExitCodes.of(e)));
                    continue;
                }
            }
            if (a.action() == ApplyAction.Action.CREATE || a.action() == ApplyAction.Action.REPLACE) {
                createdIndex.put(toCreate.size(), i);
                toCreate.add(jobs.get(i));
            } else {
                done.set(i, new Applied(a.withResult(a.action() == ApplyAction.Action.UNCHANGED ? "unchanged"
                        : "conflict", a.jobId(), null, a.status(), null), conflictExit(a)));
            }
        }
        if (!toCreate.isEmpty()) {
            RunOptions.Mode mode = watch.watch ? RunOptions.Mode.WATCH : RunOptions.Mode.SUBMIT;
            try (RunPresenter presenter = new RunPresenter(root, session, spec, null, false, watch.watch);
                 InterruptGuard.Armed armed = InterruptGuard.arm()) {
                Poller poller = new Poller(watch.interval.policy(), root.deadline(), root.environment().sleeper());
                RunReport report = new RunEngine(session.client(), poller, root.environment().sleeper(),
                        presenter.listener(), concurrency).run(toCreate, new RunOptions(mode, false));
                int runExit = presenter.finish(report, run.report().writesResults());
                Map<Integer, FailedTasks.Report> failedTasks = presenter.failedTasks();
                for (int k = 0; k < report.states().size(); k++) {
                    JobState o = report.states().get(k);
                    int i = createdIndex.get(k);
                    ApplyAction a = done.get(i).action();
                    int exit = RunPresenter.exitCode(o);
                    if (!o.ended() && report.ending() != RunReport.Ending.COMPLETED) {
                        exit = runExit;
                    }
                    boolean made = o.result() == JobState.Result.SUBMITTED || o.result() == JobState.Result.CREATED;
                    String result = !made ? "failed"
                            : a.action() == ApplyAction.Action.REPLACE ? "replaced" : "created";
                    done.set(i, new Applied(a.withResult(result, o.jobId(), o.asyncTaskId(), o.status(), o.message()),
                            exit, WatchStep.orStillCreating(o, mode, report.ending(), failedTasks.get(k))));
                }
            }
        }
        return done;
    }

    /** A drifted job left alone is what exit 1 means for apply. */
    private static int conflictExit(ApplyAction a) {
        return a.action() == ApplyAction.Action.CONFLICT ? ExitCodes.API_ERROR : ExitCodes.OK;
    }

    private static SpecResult.Step step(Applied applied) {
        ApplyAction a = applied.action();
        String result = (a.result() == null ? "would " + a.action().lowerCase() : a.result())
                + (a.jobId() == null ? "" : " job " + a.jobId()) + (a.status() == null ? "" : " (" + a.status() + ")");
        String detail = a.differences() == null ? a.message() : String.join("\n", a.differences().stream()
                .map(d -> d.field() + ": job " + d.job() + ", spec " + d.spec()).toList());
        return applied.exit() == ExitCodes.OK || applied.watch() != null ? SpecResult.Step.ok("apply", result, detail)
                : SpecResult.Step.failed("apply", result, detail);
    }
}
