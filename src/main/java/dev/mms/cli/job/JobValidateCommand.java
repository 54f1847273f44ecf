package dev.mms.cli.job;

import dev.mms.cli.Offline;
import dev.mms.cli.help.Example;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.ReportFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.jobs.JobPlanner;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import dev.mms.report.CiReport;
import dev.mms.report.SpecCheck;
import dev.mms.report.SpecResult;
import dev.mms.spec.Diagnostic;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mms job validate}: checks specs offline, as create would, one line per spec on stdout, or the diagnostics
 * as data with -o json|yaml; for CI, also as GitHub annotations and a JUnit report.
 */
@Offline(uses = {"--profile", "--source-id"})
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check job specs offline, exactly as 'job create' would, and send nothing.",
                "Prints one line per spec (ok, or its problems), or with -o json|yaml every diagnostic as data "
                        + "(file, line, column, key, message, suggestion); exit 2 if any spec has an error."})
@Example(does = "Check every spec of a directory; exit 2 if any is invalid",
        run = "mms job validate -f specs/")
@Example(does = "Every diagnostic as data: file, line, column, key, message, suggestion",
        run = "mms job validate -f specs/ -o json")
@Example(does = "In CI: a JUnit report (under GitHub Actions also annotations and a step summary)",
        run = "mms job validate -f specs/ --report junit=reports/validate.xml")
public final class JobValidateCommand implements Callable<Integer> {

    static final String TITLE = "mms job validate";

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Mixin
    OutputFlags output;

    @Mixin
    ReportFlags reportFlags;

    @Override
    public Integer call() {
        List<String> files = specFiles.files;
        if (files.isEmpty()) {
            throw new UsageException("give the specs to check with -f FILE|DIR|-");
        }
        MmsCommand root = MmsCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat format = output.format(EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.YAML));
        RenderOptions options = output.renderOptions(format, root.environment(), root.noColor());
        if (format == OutputFormat.TABLE && !output.hasQuery()) {
            output.rejectTableOptions("job validate");
        }
        CiReport report = reportFlags.open(TITLE, root.environment(), err);
        JobPlanner.Plan plan = SpecPlanning.check(files, specFlags.toOverrides(root.sourceId()),
                root.session(spec).context().sourceId(), root.environment().stdin());
        if (plan.checked().isEmpty()) {
            throw new UsageException("no job spec found in " + String.join(", ", files));
        }
        if (format == OutputFormat.TABLE && !output.hasQuery()) {
            printLines(plan, out);
        } else {
            List<SpecCheck> checks = plan.checked().stream().map(c -> SpecCheck.of(c.document().displayName(),
                    c.effective() == null ? null : c.effective().name(), c.diagnostics())).toList();
            try (ItemWriter<SpecCheck> writer = OutputFlags.open(Views.specChecks(), options, out)) {
                writer.writeAll(checks);
            }
        }
        plan.checked().forEach(c -> report.annotate(c.diagnostics()));
        boolean reported = report.finish(plan.checked().stream().map(JobValidateCommand::result).toList(), null);
        int exit = plan.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
        return reported ? exit : ExitCodes.worst(exit, ExitCodes.API_ERROR);
    }

    private static void printLines(JobPlanner.Plan plan, PrintWriter out) {
        for (JobPlanner.Checked checked : plan.checked()) {
            List<Diagnostic> diagnostics = checked.diagnostics();
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            long warnings = diagnostics.size() - errors;
            out.println((errors > 0 ? "FAIL " : "ok   ") + checked.document().displayName()
                    + (errors > 0 ? "  " + count(errors, "error") : "")
                    + (warnings > 0 ? "  " + count(warnings, "warning") : ""));
            diagnostics.forEach(d -> out.println("     " + d.format()));
        }
    }

    /** The one step validate reports for a spec, for the step summary and JUnit. */
    static SpecResult result(JobPlanner.Checked checked) {
        return SpecResult.of(checked.document().displayName(), fileOf(checked),
                checked.effective() == null ? null : checked.effective().name())
                .with(CiReport.validation(checked.diagnostics()));
    }

    static String fileOf(JobPlanner.Checked checked) {
        String source = checked.document().source();
        return source.startsWith("<") ? null : source;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
