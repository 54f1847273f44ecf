package dev.mms.cli.job;

import dev.mms.api.ApiException;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.ReportFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.jobs.JobPlanner;
import dev.mms.plan.JobDiff;
import dev.mms.plan.JobsByName;
import dev.mms.plan.Parallel;
import dev.mms.plan.SpecDiff;
import dev.mms.render.DiffText;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.Views;
import dev.mms.report.SpecResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms job diff}: each spec against the job of its name on its source (missing, same or drifted, with the
 * fields that differ), in a unified form or as data. Exit 0 when nothing differs, 1 when something does, and more
 * than 1 on an error, as {@code kubectl diff} does, so CI can detect drift.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare specs with the jobs of the same name on their sources: missing, same, or drifted "
                + "with the fields that differ (- the job, + the spec).",
                "Exit 0 when nothing differs, 1 when something does, 2 or more on an error (an invalid spec: 2; "
                        + "an API error: 2, or 3, 4, 7 as for any command)."})
@Example(does = "Did anyone change the jobs of these specs? Exit 1 if so",
        run = "mms job diff -f specs/")
@Example(does = "The differing fields as data",
        run = "mms job diff -f specs/sales.yaml -o json")
public final class JobDiffCommand implements Callable<Integer> {

    static final String TITLE = "mms job diff";

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Option(names = "--concurrency", paramLabel = "N", description = "Specs compared at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Mixin
    OutputFlags output;

    @Mixin
    ReportFlags reportFlags;

    /** One spec's diff, or why there is none. */
    private record Outcome(JobPlanner.Checked checked, JobDiff diff, ApiException error) {
    }

    @Override
    public Integer call() {
        SpecRun run = SpecRun.start(spec, TITLE, "compare", specFiles, specFlags, concurrency, output, reportFlags);
        JobsByName jobs = new JobsByName(run.session().client());
        List<Outcome> outcomes = Parallel.map(run.specs().checked(), concurrency, "mms-diff", c -> {
            if (c.hasErrors()) {
                return new Outcome(c, null, null);
            }
            try {
                List<dev.mms.api.Job> sameName = jobs.named(c.effective().sourceId(), c.effective().name());
                return new Outcome(c, SpecDiff.of(c.document().displayName(), c.effective(), sameName), null);
            } catch (ApiException e) {
                return new Outcome(c, null, e);
            }
        });
        List<JobDiff> diffs = outcomes.stream().filter(o -> o.diff() != null).map(Outcome::diff).toList();
        OutputFormat format = run.format();
        if (format == OutputFormat.TABLE) {
            MmsCommand root = run.root();
            DiffText.print(diffs, output.renderOptions(format, root.environment(), root.noColor()).color(), run.out());
        } else {
            Renderer.render(Views.jobDiffs(), RenderOptions.plain(format), diffs, run.out());
        }
        int exit = ExitCodes.OK;
        List<SpecResult> results = new ArrayList<>();
        for (Outcome o : outcomes) {
            SpecResult result = JobValidateCommand.result(o.checked());
            if (o.error() != null) {
                run.err().println("Error: " + o.checked().document().displayName() + ": "
                        + ExitCodes.describe(o.error()));
                result = result.with(SpecResult.Step.failed("diff", "error", ExitCodes.describe(o.error())));
                exit = ExitCodes.worst(exit, errorCode(o.error()));
            } else if (o.diff() == null) {
                exit = ExitCodes.worst(exit, ExitCodes.USAGE);
            } else {
                result = result.withJobId(o.diff().jobId()).with(step(o.diff()));
                exit = ExitCodes.worst(exit, o.diff().differs() ? ExitCodes.API_ERROR : ExitCodes.OK);
            }
            results.add(result);
        }
        boolean reported = run.report().finish(results, DiffText.summary(diffs));
        return reported ? exit : ExitCodes.worst(exit, ExitCodes.USAGE);
    }

    /** Exit 1 means "differs" here, so an error that would be 1 elsewhere is 2. */
    private static int errorCode(ApiException e) {
        int code = ExitCodes.of(e);
        return code == ExitCodes.API_ERROR ? ExitCodes.USAGE : code;
    }

    private static SpecResult.Step step(JobDiff diff) {
        return switch (diff.status()) {
            case SAME -> SpecResult.Step.ok("diff", "same as job " + diff.jobId(), null);
            case MISSING -> SpecResult.Step.failed("diff", "missing", "no job named " + diff.name() + " on source "
                    + diff.sourceId());
            case DRIFTED -> SpecResult.Step.failed("diff", "drifted from job " + diff.jobId(), String.join("\n",
                    diff.differences().stream().map(d -> d.field() + ": job " + d.job() + ", spec " + d.spec())
                            .toList()));
        };
    }
}
