package dev.mms.render;

import dev.mms.plan.FieldDifference;
import dev.mms.plan.JobDiff;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code mms job diff} for people, in the unified form of {@code diff -u} and {@code kubectl diff}: {@code ---} is
 * the job on the service, {@code +++} the spec; each differing field is a hunk, {@code -} lines what the job has,
 * {@code +} lines what the spec asks for, and for a list the unchanged items as context. Red and green on a terminal.
 */
public final class DiffText {

    private DiffText() {
    }

    public static void print(List<JobDiff> diffs, boolean color, PrintWriter out) {
        for (JobDiff diff : diffs) {
            switch (diff.status()) {
                case SAME -> out.println("= " + diff.spec() + ": " + diff.name() + " is the same as job "
                        + diff.jobId() + status(diff));
                case MISSING -> out.println(paint(color, Ansi.GREEN, "+ " + diff.spec() + ": " + diff.name()
                        + " is missing: source " + diff.sourceId() + " has no job of that name"));
                case DRIFTED -> drifted(diff, color, out);
            }
        }
        out.println(summary(diffs));
        out.flush();
    }

    private static void drifted(JobDiff diff, boolean color, PrintWriter out) {
        out.println(paint(color, Ansi.RED, "--- job " + diff.jobId() + " " + diff.name() + " (source "
                + diff.sourceId() + status(diff) + ")"));
        out.println(paint(color, Ansi.GREEN, "+++ " + diff.spec()));
        for (FieldDifference d : diff.differences()) {
            out.println(paint(color, Ansi.DIM, "@@ " + d.field() + " @@"));
            if (d.spec() instanceof Collection<?> || d.job() instanceof Collection<?>) {
                Set<String> mine = items(d.spec());
                Set<String> theirs = items(d.job());
                Set<String> all = new LinkedHashSet<>(theirs);
                all.addAll(mine);
                for (String item : all) {
                    boolean inSpec = mine.contains(item);
                    boolean inJob = theirs.contains(item);
                    if (inSpec && inJob) {
                        out.println("  " + item);
                    } else if (inJob) {
                        out.println(paint(color, Ansi.RED, "- " + item));
                    } else {
                        out.println(paint(color, Ansi.GREEN, "+ " + item));
                    }
                }
            } else {
                if (d.job() != null) {
                    out.println(paint(color, Ansi.RED, "- " + d.job()));
                }
                if (d.spec() != null) {
                    out.println(paint(color, Ansi.GREEN, "+ " + d.spec()));
                }
            }
        }
    }

    private static Set<String> items(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }

    private static String status(JobDiff diff) {
        String more = diff.jobsNamed() == null ? "" : "; the newest of " + diff.jobsNamed() + " jobs of that name";
        return (diff.jobStatus() == null ? "" : ", " + diff.jobStatus()) + more;
    }

    public static String summary(List<JobDiff> diffs) {
        List<String> parts = new ArrayList<>();
        for (JobDiff.Status s : List.of(JobDiff.Status.SAME, JobDiff.Status.DRIFTED, JobDiff.Status.MISSING)) {
            long n = diffs.stream().filter(d -> d.status() == s).count();
            if (n > 0) {
                parts.add(n + " " + s.lowerCase());
            }
        }
        return PlanText.count(diffs.size(), "spec") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
    }

    private static String paint(boolean color, Ansi ansi, String text) {
        return color ? ansi.paint(text) : text;
    }
}
