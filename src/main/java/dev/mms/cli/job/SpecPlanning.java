package dev.mms.cli.job;

import dev.mms.api.JobSpec;
import dev.mms.cli.UsageException;
import dev.mms.jobs.JobPlanner;
import dev.mms.report.CiReport;
import dev.mms.spec.Diagnostic;
import dev.mms.spec.SpecInputException;
import dev.mms.spec.SpecSource;
import dev.mms.spec.SpecSources;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/** Reads and validates the specs of a command, prints every diagnostic on stderr, and stops (exit 2) on any error. */
final class SpecPlanning {

    private SpecPlanning() {
    }

    static List<SpecSource> load(List<String> files, InputStream stdin) {
        try {
            return files.isEmpty() ? List.of() : SpecSources.load(files, stdin);
        } catch (SpecInputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static JobPlanner.Plan check(List<String> files, JobSpec flags, Long profileSourceId, InputStream stdin) {
        return new JobPlanner().plan(load(files, stdin), flags, profileSourceId);
    }

    /**
     * Every spec validated; each diagnostic is printed on stderr and, under CI, annotated on its line. The caller
     * decides what an invalid spec means for it (plan and diff go on with the others; apply sends nothing).
     */
    static JobPlanner.Plan checkAndReport(List<String> files, JobSpec flags, Long profileSourceId, InputStream stdin,
                                          PrintWriter err, CiReport report) {
        JobPlanner.Plan plan = check(files, flags, profileSourceId, stdin);
        if (plan.checked().isEmpty()) {
            throw new UsageException("no job spec found in " + String.join(", ", files));
        }
        for (JobPlanner.Checked checked : plan.checked()) {
            checked.diagnostics().forEach(d -> err.println(d.format()));
            report.annotate(checked.diagnostics());
        }
        return plan;
    }

    /**
     * Every spec validated before anything is sent, as {@link #checkAndReport}; an invalid one stops the command
     * (exit 2, nothing sent) once the report of the validation is written. Warnings do not stop anything.
     */
    static JobPlanner.Plan checkBeforeSending(List<String> files, JobSpec flags, Long profileSourceId,
                                              InputStream stdin, PrintWriter err, CiReport report) {
        JobPlanner.Plan plan = checkAndReport(files, flags, profileSourceId, stdin, err, report);
        if (plan.hasErrors()) {
            report.finish(plan.checked().stream().map(JobValidateCommand::result).toList(), null);
            long errors = plan.errorCount();
            throw new UsageException(errors + (errors == 1 ? " error" : " errors") + " in " + plan.specsWithErrors()
                    + " of " + plan.checked().size() + (plan.checked().size() == 1 ? " spec" : " specs")
                    + failingSpecs(plan) + "; nothing was sent");
        }
        return plan;
    }

    // file:line already says where; the name says which job of a multi-document file or directory it was.
    private static String failingSpecs(JobPlanner.Plan plan) {
        List<String> names = plan.checked().stream().filter(JobPlanner.Checked::hasErrors)
                .map(c -> c.document().displayName()).toList();
        int shown = Math.min(names.size(), 5);
        return " (" + String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "") + ")";
    }
}
