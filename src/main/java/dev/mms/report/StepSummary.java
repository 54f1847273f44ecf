package dev.mms.report;

import java.util.List;

/**
 * The Markdown that {@code create}, {@code apply}, {@code plan} (and {@code validate}) append to
 * {@code $GITHUB_STEP_SUMMARY}: a heading with the counts and one table row per spec. No links: nothing in it points
 * outside the run.
 */
public final class StepSummary {

    private StepSummary() {
    }

    /** @param command e.g. "mms job plan"; @param totals an optional line under the table (plan totals), or null */
    public static String markdown(String command, List<SpecResult> results, String totals) {
        long failed = results.stream().filter(SpecResult::failed).count();
        StringBuilder md = new StringBuilder();
        md.append("### ").append(cell(command)).append(": ").append(results.size())
                .append(results.size() == 1 ? " spec" : " specs")
                .append(failed == 0 ? ", all passed" : ", " + failed + " failed").append("\n\n");
        md.append("| Spec | Job | Result | Details |\n");
        md.append("|---|---|---|---|\n");
        for (SpecResult r : results) {
            SpecResult.Step decisive = r.decisive();
            String job = r.job() == null ? "" : cell(r.job()) + (r.jobId() == null ? "" : " (" + r.jobId() + ")");
            md.append("| `").append(code(r.spec())).append("` | ").append(job).append(" | ")
                    .append(r.failed() ? "❌ " : "✅ ").append(cell(decisive.phase() + ": " + decisive.result()))
                    .append(" | ").append(decisive.detail() == null ? "" : cell(decisive.detail())).append(" |\n");
        }
        if (totals != null) {
            md.append('\n').append(cell(totals)).append('\n');
        }
        return md.append('\n').toString();
    }

    /** Table cells are one line; '|' would end the cell, and HTML is not ours to inject. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", "").replace("\n", "<br>");
    }

    private static String code(String text) {
        return text.replace("`", "'").replace("|", "\\|").replace("\n", " ");
    }
}
