package dev.mms.cli.job;

import dev.mms.cli.help.Example;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.cli.options.WatchFlags;
import dev.mms.jobs.CreateOutcome;
import dev.mms.jobs.JobCreator;
import dev.mms.jobs.PlannedJob;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import dev.mms.watch.WatchResult;
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
 * {@code mms job create}: validates every spec first and sends nothing if any is invalid; then CreateMmsJob for each,
 * a few at a time; with --watch follows each to its end. The exit code is the worst outcome.
 */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create migration jobs from YAML/JSON specs (keys are the CreateMmsJob fields) or flags.",
                "Flags override values of the files. Every spec is validated before anything is sent."})
@Example(does = "Create every spec of a directory, skipping names that exist, and follow them",
        run = "mms job create -f specs/ --if-not-exists --watch --timeout 2h")
@Example(does = "See exactly what would be sent, and send nothing",
        run = "mms job create -f specs/sales.yaml --dry-run")
@Example(does = "A job from flags alone",
        run = "mms job create --name web-backfill --src-db web --dst-db web_dw --tables page_views,sessions --verify")
public final class JobCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Option(names = "--dry-run", description = "Print the requests that would be sent, and send nothing.")
    boolean dryRun;

    @Option(names = "--if-not-exists", description = "Skip a spec whose name already exists on its source (reported as unchanged).")
    boolean ifNotExists;

    @Option(names = "--concurrency", paramLabel = "N", description = "Specs sent at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Mixin
    WatchFlags watch;

    @Mixin
    OutputFlags output;

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
        Session session = root.session(spec);
        List<PlannedJob> jobs = SpecPlanning.plan(specFiles.files, specFlags.toOverrides(root.sourceId()),
                session.context().sourceId(), root.environment().stdin(), err);
        if (dryRun) {
            DryRunPrinter.print(jobs, session.context().endpoint(), output, options, out);
            return ExitCodes.OK;
        }
        if (watch.watch && format == OutputFormat.JSON && output.hasQuery()) {
            throw new UsageException("--query applies to one result, not to the NDJSON of --watch -o json");
        }
        boolean rendered = !(watch.watch && format == OutputFormat.JSON); // else NDJSON progress is the output
        try (ItemWriter<CreateOutcome> writer = rendered ? OutputFlags.open(Views.creations(), options, out) : null) {
            List<CreateOutcome> outcomes = new JobCreator(session.client(), concurrency).createAll(jobs, ifNotExists);
            int exit = ExitCodes.OK;
            String hint = null;
            for (CreateOutcome outcome : outcomes) {
                if (outcome.result() == CreateOutcome.Result.FAILED) {
                    err.println("Error: " + outcome.file() + ": " + ExitCodes.describe(outcome.error()));
                    exit = ExitCodes.worst(exit, ExitCodes.of(outcome.error()));
                    hint = hint != null ? hint : ExitCodes.hint(outcome.error());
                } else if (watch.watch && outcome.result() == CreateOutcome.Result.CREATED) {
                    WatchResult result = follow(root, session, outcome);
                    outcome = outcome.withJob(result.jobId(), lastStatus(result), result.message());
                    exit = ExitCodes.worst(exit, JobFollower.exitCode(result.outcome()));
                }
                if (writer != null) {
                    writer.write(outcome);
                }
            }
            if (hint != null) {
                err.println("  " + hint);
            }
            return exit;
        }
    }

    private WatchResult follow(MmsCommand root, Session session, CreateOutcome created) {
        JobFollower follower = JobFollower.forCommand(root, session, spec, watch.interval.policy(),
                output.format(EnumSet.allOf(OutputFormat.class)) == OutputFormat.JSON);
        return follower.followCreation(created.sourceId(), created.asyncTaskId());
    }

    /** The job's last status, or the creation task's when no job came of it. */
    private static String lastStatus(WatchResult result) {
        return result.lastJob() != null ? result.lastJob().status()
                : result.lastTask() == null ? null : result.lastTask().status();
    }
}
