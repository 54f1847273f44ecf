package dev.mms.cli.job;

import dev.mms.api.HttpMmsClient;
import dev.mms.api.MmsClient;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.WatchFlags;
import dev.mms.jobs.CreateOutcome;
import dev.mms.jobs.JobCreator;
import dev.mms.jobs.JobPlanner;
import dev.mms.jobs.PlannedJob;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import dev.mms.watch.WatchResult;
import java.io.PrintWriter;
import java.util.ArrayList;
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
public final class JobCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--filename"}, paramLabel = "FILE|DIR|-",
            description = "Spec file, directory of *.yaml|*.yml|*.json, or - for stdin; repeatable.")
    List<String> files = new ArrayList<>();

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
        if (files.isEmpty() && !specFlags.anyGiven()) {
            throw new UsageException("give a spec with -f FILE|DIR|- or the job's fields as flags (see --help)");
        }
        if (concurrency < 1) {
            throw new UsageException("--concurrency must be 1 or more");
        }
        OutputFormat format = output.format(EnumSet.allOf(OutputFormat.class));
        Session session = root.session(spec);
        List<PlannedJob> jobs = SpecPlanning.plan(files, specFlags.toOverrides(root.sourceId()),
                session.context().sourceId(), root.environment().stdin(), err);
        if (dryRun) {
            DryRun.print(jobs, format, out);
            return ExitCodes.OK;
        }
        MmsClient client = session.client();
        List<CreateOutcome> outcomes = new JobCreator(client, concurrency).createAll(jobs, ifNotExists);
        int exit = ExitCodes.OK;
        String hint = null;
        List<CreateOutcome> finished = new ArrayList<>();
        for (CreateOutcome outcome : outcomes) {
            if (outcome.result() == CreateOutcome.Result.FAILED) {
                err.println("Error: " + outcome.file() + ": " + ExitCodes.describe(outcome.error()));
                exit = ExitCodes.worst(exit, ExitCodes.of(outcome.error()));
                hint = hint != null ? hint : ExitCodes.hint(outcome.error());
            } else if (watch.watch && outcome.result() == CreateOutcome.Result.CREATED) {
                JobFollower follower = JobFollower.forCommand(root, session, spec, watch.interval, output.isJson());
                WatchResult result = follower.followCreation(outcome.sourceId(), outcome.asyncTaskId());
                String status = result.lastJob() != null ? result.lastJob().status()
                        : result.lastTask() == null ? null : result.lastTask().status();
                outcome = outcome.withJob(result.jobId(), status, result.message());
                exit = ExitCodes.worst(exit, JobFollower.exitCode(result.outcome()));
            }
            finished.add(outcome);
        }
        if (hint != null) {
            err.println("  " + hint);
        }
        if (!(watch.watch && format == OutputFormat.JSON)) {
            RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
            try (ItemWriter<CreateOutcome> writer = OutputFlags.open(Views.creations(), options, out)) {
                writer.writeAll(finished);
            }
        }
        return exit;
    }

    /** {@code --dry-run}: the requests, as text for people or as a JSON/YAML list for scripts. */
    private static final class DryRun {
        static void print(List<PlannedJob> jobs, OutputFormat format, PrintWriter out) {
            List<dev.mms.api.RequestPreview> requests = jobs.stream()
                    .map(j -> HttpMmsClient.previewCreateJob(j.spec().sourceId(), j.spec())).toList();
            if (format == OutputFormat.JSON || format == OutputFormat.YAML) {
                dev.mms.render.Renderer.render(Views.requests(), dev.mms.render.RenderOptions.plain(format), requests, out);
                return;
            }
            for (int i = 0; i < requests.size(); i++) {
                dev.mms.api.RequestPreview r = requests.get(i);
                out.println("# " + jobs.get(i).origin() + ": " + r.action());
                out.println(r.method() + " " + r.path());
                out.println(r.body());
            }
            out.flush();
        }
    }
}
