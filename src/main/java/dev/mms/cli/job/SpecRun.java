package dev.mms.cli.job;

import dev.mms.cli.MmsCommand;
import dev.mms.cli.Session;
import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.cli.options.ReportFlags;
import dev.mms.cli.options.SpecFileFlags;
import dev.mms.jobs.JobPlanner;
import dev.mms.render.OutputFormat;
import dev.mms.report.CiReport;
import java.io.PrintWriter;
import java.util.EnumSet;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How job plan, diff and apply begin, before each goes its own way: {@code -f} and {@code --concurrency} checked,
 * the output format (table, json or yaml) and the CI reports opened before anything is sent, then every spec read
 * and checked against the flags, each diagnostic printed on stderr and, under CI, annotated on its line. An invalid
 * spec does not stop it: plan and diff go on with the others, apply sends nothing.
 *
 * @param specs every spec of {@code -f}, checked
 */
record SpecRun(MmsCommand root, Session session, PrintWriter out, PrintWriter err, OutputFormat format,
               CiReport report, JobPlanner.Plan specs) {

    /**
     * @param title "mms job plan", for the CI reports
     * @param verb  what the command does with specs ("plan", "compare", "apply"), for the error without {@code -f}
     */
    static SpecRun start(CommandSpec spec, String title, String verb, SpecFileFlags specFiles,
                         JobSpecOptions specFlags, int concurrency, OutputFlags output, ReportFlags reportFlags) {
        if (specFiles.files.isEmpty()) {
            throw new UsageException("give the specs to " + verb + " with -f FILE|DIR|-");
        }
        if (concurrency < 1) {
            throw new UsageException("--concurrency must be 1 or more");
        }
        MmsCommand root = MmsCommand.of(spec);
        PrintWriter err = spec.commandLine().getErr();
        OutputFormat format = output.format(EnumSet.of(OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.YAML));
        CiReport report = reportFlags.open(title, root.environment(), err);
        Session session = root.session(spec);
        JobPlanner.Plan specs = SpecPlanning.checkAndAnnotate(specFiles.files, specFlags.toOverrides(root.sourceId()),
                session.context().sourceId(), root.environment().stdin(), err, report);
        return new SpecRun(root, session, spec.commandLine().getOut(), err, format, report, specs);
    }
}
