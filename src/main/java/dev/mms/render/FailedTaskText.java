package dev.mms.render;

import dev.mms.api.Task;
import dev.mms.jobs.FailedTasks;
import java.util.ArrayList;
import java.util.List;

/**
 * A job's failed tasks for people: one aligned line per task (table, partition, phase, error), the count of those not
 * shown, and the commands to go on with. Errors are kept to one line and cut to fit.
 */
public final class FailedTaskText {

    private static final int MAX_ERROR = 160;

    private FailedTaskText() {
    }

    /** The lines for {@code job get} and a failed watch; {@code sourceOption} is e.g. " --source-id 2000015". */
    public static List<String> lines(FailedTasks.Report report, String sourceOption) {
        List<String> lines = new ArrayList<>();
        if (report.total() == 0) {
            return lines;
        }
        lines.add(report.total() == 1 ? "1 task failed:" : report.total() + " tasks failed:");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("TABLE", "PARTITION", "PHASE", "ERROR"));
        for (FailedTasks.FailedTask f : report.described()) {
            Task t = f.task();
            String table = (t.srcDbName() == null ? "" : t.srcDbName() + ".") + orDash(t.srcTableName());
            rows.add(List.of(table, orDash(t.partition()), orDash(f.phase()), oneLine(f.error(), t.id())));
        }
        for (String row : DetailBlock.columns(rows)) {
            lines.add("  " + row);
        }
        if (report.notDescribed() > 0) {
            lines.add("  … and " + report.notDescribed() + " more");
        }
        lines.add("All failed tasks:  mms job tasks " + report.jobId() + " --failed" + sourceOption);
        lines.add("Retry them:        mms job retry " + report.jobId() + sourceOption);
        return lines;
    }

    public static String oneLine(String error, Long taskId) {
        if (error == null || error.isBlank()) {
            return "(no error message; see mms task logs " + (taskId == null ? "ID" : taskId) + ")";
        }
        String flat = error.replaceAll("\\s*\\R\\s*", " ").strip();
        return flat.length() <= MAX_ERROR ? flat : flat.substring(0, MAX_ERROR - 1) + "…";
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
