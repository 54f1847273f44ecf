package dev.mms.cli.job;

import dev.mms.cli.help.Example;
import dev.mms.cli.ExitCodes;
import dev.mms.cli.MmsCommand;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.jobs.JobPlanner;
import dev.mms.spec.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code mms job validate}: checks specs offline, as create would, one line per spec on stdout; for CI. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check job specs offline, exactly as 'job create' would, and send nothing.",
                "Prints one line per spec (ok, or its problems); exit 2 if any spec has an error."})
@Example(does = "Check every spec of a directory; exit 2 if any is invalid",
        run = "mms job validate -f specs/")
@Example(does = "Check a spec from stdin",
        run = "cat spec.yaml | mms job validate -f -")
public final class JobValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SpecFileFlags specFiles;

    @Mixin
    JobSpecOptions specFlags;

    @Override
    public Integer call() {
        List<String> files = specFiles.files;
        if (files.isEmpty()) {
            throw new UsageException("give the specs to check with -f FILE|DIR|-");
        }
        MmsCommand root = MmsCommand.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        JobPlanner.Plan plan = SpecPlanning.check(files, specFlags.toOverrides(root.sourceId()),
                root.session(spec).context().sourceId(), root.environment().stdin());
        if (plan.checked().isEmpty()) {
            throw new UsageException("no job spec found in " + String.join(", ", files));
        }
        for (JobPlanner.Checked checked : plan.checked()) {
            List<Diagnostic> diagnostics = checked.diagnostics();
            long errors = diagnostics.stream().filter(Diagnostic::isError).count();
            long warnings = diagnostics.size() - errors;
            out.println((errors > 0 ? "FAIL " : "ok   ") + checked.document().displayName()
                    + (errors > 0 ? "  " + count(errors, "error") : "")
                    + (warnings > 0 ? "  " + count(warnings, "warning") : ""));
            diagnostics.forEach(d -> out.println("     " + d.format()));
        }
        return plan.hasErrors() ? ExitCodes.USAGE : ExitCodes.OK;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
