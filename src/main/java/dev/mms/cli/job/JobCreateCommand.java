package dev.mms.cli.job;

import dev.mms.cli.help.Example;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.InterruptGuard;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.ReportFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.cli.options.WatchFlags;
import dev.mms.jobs.JobPlanner;
import dev.mms.jobs.PlannedJob;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.report.CiReport;
import dev.mms.report.SpecResult;
import dev.mms.run.RunEngine;
import dev.mms.run.RunOptions;
import dev.mms.run.RunReport;
import dev.mms.watch.Poller;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms job create}: validates every spec first and sends nothing if any is invalid (two specs of one name
 * included); then the run engine sends them a few at a time and, with --wait or --watch, follows them all at once.
 * The exit code is the worst outcome.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create migration jobs from YAML/JSON specs (keys are the CreateMmsJob fields) or flags.",
                "Flags override values of the files. Every spec is validated before anything is sent.",
                "Without --wait or --watch a sent spec is 'submitted': its async task creates the job on the server."})
@Example(does = "In CI: create every spec of a directory, skipping names that exist, follow them, and report "
        + "each one's outcome in JUnit (under GitHub Actions also in the step summary)",
        run = "mms job create -f specs/ --if-not-exists --watch --timeout 2h --report junit=reports/create.xml")
@Example(does = "See exactly what would be sent, and send nothing",
        run = "mms job create -f specs/sales.yaml --dry-run")
@Example(does = "A job from flags alone",
        run = "mms job create --name web-backfill --src-db web --dst-db web_dw --tables page_views,sessions --verify")
public final class JobCreateCommand implements Callable<Integer> {

    static final String TITLE = "mms job create";

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Option(names = "--dry-run", description = "Print the requests that would be sent, and send nothing.")
    boolean dryRun;

    @Option(names = "--if-not-exists",
            description = "Skip a spec whose exact name a job of its source already has (reported as unchanged).")
    boolean ifNotExists;

    @Option(names = "--concurrency", paramLabel = "N", description = "Specs sent at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Option(names = "--wait", description = "Return once every creation finished: the job exists (created), or it"
            + " did not come about (not created, exit 5).")
    boolean waitForCreation;

    @Option(names = "--lost-answer-window", paramLabel = "DURATION", converter = dev.mms.cli.DurationConverter.class,
            description = "When the answer to a creation is lost (reset, timeout, 5xx), look for the job by its"
                    + " name this long before reporting it not created; it is never sent twice (default: 60s).")
    java.time.Duration lostAnswerWindow = RunEngine.defaultLostAnswerWindow();

    @Mixin
    WatchFlags watch;

    @Mixin
    OutputFlags output;

    @Mixin
    ReportFlags reportFlags;

    @Override
    public Integer call() {
        MmsCommand root = MmsCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (specFiles.files.isEmpty() && !specFlags.anyGiven()) {
            throw new UsageException("give a spec with -f FILE|DIR|- or the job's fields as flags (see --help)");
        }
        if (concurrency < 1) {
            throw new UsageException("--concurrency must be 1 or more");
        }
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        CiReport report = reportFlags.open(TITLE, root.environment(), err);
        Session session = root.session(spec);
        JobPlanner.Plan checked = SpecPlanning.checkAndAnnotate(specFiles.files,
                specFlags.toOverrides(root.sourceId()), session.context().sourceId(), root.environment().stdin(),
                err, report);
        SpecPlanning.stopIfInvalid(checked, report);
        List<SpecResult> validated = checked.checked().stream().map(JobValidateCommand::result).toList();
        List<PlannedJob> jobs = checked.jobs();
        if (dryRun) {
            List<PlannedJob> sent = ifNotExists ? DryRunSkips.leaveOutExisting(jobs, session.client(), err) : jobs;
            DryRunPrinter.print(sent, session.context().endpoint(), output, options, out);
            return withReport(report.finish(CreateSteps.dryRun(validated, jobs, sent), null), ExitCodes.OK);
        }
        if (watch.watch && format == OutputFormat.JSON && output.hasQuery()) {
            throw new UsageException("--query applies to one result, not to the NDJSON of --watch -o json");
        }
        RunOptions.Mode mode = watch.watch ? RunOptions.Mode.WATCH
                : waitForCreation ? RunOptions.Mode.WAIT : RunOptions.Mode.SUBMIT;
        try (RunPresenter presenter = new RunPresenter(root, session, spec, options, watch.watch,
                mode != RunOptions.Mode.SUBMIT);
             InterruptGuard.Armed armed = InterruptGuard.arm()) {
            Poller poller = new Poller(watch.interval.policy(), root.deadline(), root.environment().sleeper());
            RunEngine engine = new RunEngine(session.client(), poller, root.environment().sleeper(),
                    presenter.listener(), concurrency, lostAnswerWindow);
            RunReport run;
            try {
                run = engine.run(jobs, new RunOptions(mode, ifNotExists));
            } catch (RuntimeException e) {
                report.finish(CreateSteps.stopped(validated, e), null);
                throw e;
            }
            int exit = presenter.finish(run, report.writesResults());
            return withReport(report.finish(CreateSteps.of(validated, run, mode, presenter.failedTasks()), null),
                    exit);
        }
    }

    /** A report CI cannot read fails the command (exit 1), unless it already fails, times out or was interrupted. */
    private static int withReport(boolean written, int exit) {
        return written ? exit : ExitCodes.worst(exit, ExitCodes.API_ERROR);
    }
}
