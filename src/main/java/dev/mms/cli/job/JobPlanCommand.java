package dev.mms.cli.job;

import dev.mms.api.MmsClient;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.help.Example;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.ReportFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.jobs.JobPlanner;
import dev.mms.plan.CachedCatalog;
import dev.mms.plan.ClientCatalog;
import dev.mms.plan.JobsByName;
import dev.mms.plan.PlanIssue;
import dev.mms.plan.PlanRun;
import dev.mms.plan.SpecPlan;
import dev.mms.render.OutputFormat;
import dev.mms.render.PlanText;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.Sizes;
import dev.mms.render.Views;
import dev.mms.report.CiReport;
import dev.mms.report.SpecResult;
import dev.mms.spec.Diagnostic;
import dev.mms.spec.SpecDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mms job plan}: what each spec would migrate, read from the source's catalog before anything is created:
 * per table the destination, the partitions selected of all, rows and size, and the warnings to see before paying.
 * Exit 0 when every spec selects something and has no error, 2 otherwise (docs/plan.md).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show what each spec would migrate, from the data source's catalog, and create nothing: per "
                + "table the destination, partitions selected of total, rows and size, and warnings.",
                "Exit 0 when every spec selects something and has no error, 2 otherwise."})
@Example(does = "What would the specs of a directory migrate?", run = "mms job plan -f specs/")
@Example(does = "Every selected partition of one spec, as data", run = "mms job plan -f specs/sales.yaml -o json")
public final class JobPlanCommand implements Callable<Integer> {

    static final String TITLE = "mms job plan";

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Option(names = "--all-partitions",
            description = "List every selected partition under its table, not only the first "
                    + PlanText.PARTITIONS_SHOWN + ".")
    boolean allPartitions;

    @Option(names = "--concurrency", paramLabel = "N", description = "Specs planned at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 4;

    @Mixin
    OutputFlags output;

    @Mixin
    ReportFlags reportFlags;

    @Override
    public Integer call() {
        SpecRun run = SpecRun.start(spec, TITLE, "plan", specFiles, specFlags, concurrency, output, reportFlags);
        JobPlanner.Plan checked = run.specs();
        CiReport report = run.report();
        PrintWriter err = run.err();
        List<PlanRun.Input> inputs = new ArrayList<>();
        Map<String, SpecDocument> documents = new HashMap<>();
        for (JobPlanner.Checked c : checked.checked()) {
            if (!c.hasErrors()) {
                inputs.add(new PlanRun.Input(c.document().displayName(), c.effective()));
                documents.put(c.document().displayName(), c.document());
            }
        }
        MmsClient client = run.session().client();
        List<SpecPlan> plans = new PlanRun(new CachedCatalog(new ClientCatalog(client)), new JobsByName(client)::named,
                concurrency).plan(inputs);
        if (run.format() == OutputFormat.TABLE) {
            PlanText.print(plans, allPartitions, run.out());
        } else {
            Renderer.render(Views.specPlans(), RenderOptions.plain(run.format()), plans, run.out());
        }
        int exit = checked.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
        Map<String, SpecPlan> byOrigin = new HashMap<>();
        for (SpecPlan plan : plans) {
            byOrigin.put(plan.spec(), plan);
            report.annotate(diagnostics(plan, documents.get(plan.spec())));
            if (plan.failure() != null) {
                err.println("Error: " + plan.spec() + ": " + ExitCodes.describe(plan.failure()));
                exit = ExitCodes.worst(exit, ExitCodes.of(plan.failure()));
            } else if (!plan.ok()) {
                exit = ExitCodes.worst(exit, ExitCodes.USAGE);
            }
        }
        List<SpecResult> results = new ArrayList<>();
        for (JobPlanner.Checked c : checked.checked()) {
            SpecResult result = JobValidateCommand.result(c);
            SpecPlan plan = byOrigin.get(c.document().displayName());
            results.add(plan == null ? result : result.with(step(plan)));
        }
        boolean reported = report.finish(results, PlanText.totals(plans));
        return reported ? exit : ExitCodes.worst(exit, ExitCodes.API_ERROR);
    }

    /** A plan's errors and warnings as diagnostics on the spec lines they are about, for annotations. */
    static List<Diagnostic> diagnostics(SpecPlan plan, SpecDocument document) {
        List<Diagnostic> out = new ArrayList<>();
        for (PlanIssue issue : plan.issues()) {
            var location = document == null ? null : document.locationOf(issue.key());
            out.add((issue.isError() ? Diagnostic.error(location, issue.message())
                    : Diagnostic.warning(location, issue.message())).withKey(issue.key()));
        }
        return out;
    }

    static SpecResult.Step step(SpecPlan plan) {
        if (plan.failure() != null) {
            return SpecResult.Step.failed("plan", "catalog not read", plan.error());
        }
        SpecPlan.Totals t = plan.totals();
        String result = t.tables() + (t.tables() == 1 ? " table, " : " tables, ") + t.selectedPartitions() + " of "
                + t.totalPartitions() + " partitions, " + Sizes.rows(t.rows()) + " rows, " + Sizes.bytes(t.size());
        String detail = plan.issues().isEmpty() ? null : String.join("\n", plan.issues().stream()
                .map(i -> i.severity().lowerCase() + ": " + i.message()).toList());
        return plan.ok() ? SpecResult.Step.ok("plan", result, detail) : SpecResult.Step.failed("plan", result, detail);
    }
}
