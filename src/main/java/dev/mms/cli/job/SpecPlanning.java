package dev.mms.cli.job;

import dev.mms.api.JobSpec;
import dev.mms.cli.UsageException;
import dev.mms.jobs.JobPlanner;
import dev.mms.jobs.PlannedJob;
import dev.mms.spec.SpecInputException;
import dev.mms.spec.SpecSource;
import dev.mms.spec.SpecSources;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Reads and validates the specs of a command; {@link #plan} prints every diagnostic on stderr and stops (exit 2) on any
 * error ({@link SpecRun} is how plan, diff and apply begin instead).
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

    /** The jobs to send, once every spec is valid; warnings are printed and do not stop anything. */
    static List<PlannedJob> plan(List<String> files, JobSpec flags, Long profileSourceId, InputStream stdin,
                                 PrintWriter err) {
        JobPlanner.Plan plan = check(files, flags, profileSourceId, stdin);
        for (JobPlanner.Checked checked : plan.checked()) {
            checked.diagnostics().forEach(d -> err.println(d.format()));
        }
        if (plan.hasErrors()) {
            throw new UsageException(errorCount(plan) + failingSpecs(plan) + "; nothing was sent");
        }
        if (plan.jobs().isEmpty()) {
            throw new UsageException("no job spec found in " + String.join(", ", files));
        }
        return plan.jobs();
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
