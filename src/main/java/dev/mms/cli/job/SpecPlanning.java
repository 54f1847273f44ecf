package dev.mms.cli.job;

import dev.mms.api.JobSpec;
import dev.mms.cli.UsageException;
import dev.mms.jobs.JobPlanner;
import dev.mms.report.CiReport;
import dev.mms.spec.SpecInputException;
import dev.mms.spec.SpecSource;
import dev.mms.spec.SpecSources;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Reads and validates the specs of a command, prints every diagnostic on stderr (annotated under CI), and for the
 * commands that send ({@link #stopIfInvalid}) stops on any error with exit 2 ({@link SpecRun} is how plan, diff and
 * apply begin).
 */
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
     * Every spec read and checked against the flags; each diagnostic is printed on stderr and, under CI, annotated on
     * its line. No spec at all is a usage error; an invalid one is the caller's to judge.
     */
    static JobPlanner.Plan checkAndAnnotate(List<String> files, JobSpec flags, Long profileSourceId,
                                            InputStream stdin, PrintWriter err, CiReport report) {
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
     * Before anything is sent (create, apply): an invalid spec stops the command (exit 2), once the report of the
     * validation is written. Warnings do not stop anything.
     */
    static void stopIfInvalid(JobPlanner.Plan plan, CiReport report) {
        if (plan.hasErrors()) {
            report.finish(plan.checked().stream().map(JobValidateCommand::result).toList(), null);
            throw new UsageException(errorCount(plan) + failingSpecs(plan) + "; nothing was sent");
        }
    }

    /** "2 errors in 1 of 3 specs". */
    static String errorCount(JobPlanner.Plan plan) {
        long errors = plan.errorCount();
        int specs = plan.checked().size();
        return errors + (errors == 1 ? " error" : " errors") + " in " + plan.specsWithErrors() + " of " + specs
                + (specs == 1 ? " spec" : " specs");
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
