package dev.mms.render;

import dev.mms.plan.JobDiff;
import java.util.List;

/** Rows of {@code mms job diff} in the row formats: SPEC, NAME, STATUS, JOB ID, FIELDS. */
final class JobDiffView implements View<JobDiff> {

    private static final List<Column<JobDiff>> DEFAULT = List.of(
            new Column<>("SPEC", JobDiff::spec, true),
            new Column<>("NAME", JobDiff::name, true),
            new Column<>("STATUS", d -> d.status().lowerCase(), false),
            new Column<>("JOB ID", d -> JobView.text(d.jobId()), false),
            new Column<>("FIELDS", d -> String.join(",", d.differences().stream().map(f -> f.field()).toList()),
                    true));

    @Override
    public List<Column<JobDiff>> columns(boolean wide) {
        return DEFAULT;
    }

    @Override
    public String name(JobDiff diff) {
        return diff.jobId() == null ? "spec/" + diff.spec() : "job/" + diff.jobId();
    }
}
