package dev.mms.render;

import dev.mms.plan.PlanIssue;
import dev.mms.plan.SpecPlan;
import dev.mms.plan.TablePlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code mms job plan} for people: per spec a table of its source tables (destination, partitions selected of
 * total, rows, size), the selected partitions under each table, its warnings and errors, and its totals; then the
 * totals of every spec.
 */
public final class PlanText {

    /** Partitions listed under a table unless every one is asked for. */
    public static final int PARTITIONS_SHOWN = 10;

    private PlanText() {
    }

    public static void print(List<SpecPlan> plans, boolean allPartitions, PrintWriter out) {
        for (SpecPlan plan : plans) {
            spec(plan, allPartitions, out);
            out.println();
        }
        out.println(totals(plans));
        out.flush();
    }

    private static void spec(SpecPlan plan, boolean allPartitions, PrintWriter out) {
        out.println((plan.name() == null ? "?" : plan.name()) + " (" + plan.spec() + "): "
                + (plan.scope() == null ? "" : plan.scope() + " job, ") + "source " + plan.sourceId() + ", "
                + plan.srcDbName() + " -> " + plan.dstDbName());
        if (plan.error() != null) {
            out.println("  error: the catalog could not be read: " + plan.error());
            return;
        }
        if (!plan.tables().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"TABLE", "DESTINATION", "PARTITIONS", "ROWS", "SIZE"});
            for (TablePlan t : plan.tables()) {
                rows.add(new String[]{t.table(), plan.dstDbName() + "." + t.destination(),
                        t.partitioned() ? t.selectedPartitions() + " of " + t.totalPartitions() : "whole table",
                        Sizes.rows(t.rows()), Sizes.bytes(t.size())});
            }
            int[] widths = widths(rows);
            out.println("  " + line(rows.get(0), widths));
            for (int i = 0; i < plan.tables().size(); i++) {
                TablePlan t = plan.tables().get(i);
                out.println("  " + line(rows.get(i + 1), widths));
                details(t, allPartitions, widths[0], out);
            }
        }
        for (PlanIssue issue : plan.issues()) {
            out.println("  " + issue.severity().lowerCase() + ": " + issue.message());
        }
        SpecPlan.Totals totals = plan.totals();
        out.println("  total: " + count(totals.tables(), "table") + ", " + totals.selectedPartitions() + " of "
                + count(totals.totalPartitions(), "partition") + ", " + Sizes.rows(totals.rows()) + " rows, "
                + Sizes.bytes(totals.size()) + (plan.ok() ? "" : "; NOT OK"));
    }

    private static void details(TablePlan t, boolean allPartitions, int indent, PrintWriter out) {
        String pad = " ".repeat(indent + 4);
        if (!t.columnMapping().isEmpty()) {
            List<String> renames = new ArrayList<>();
            for (Map.Entry<String, String> e : t.columnMapping().entrySet()) {
                renames.add(e.getKey() + " -> " + e.getValue());
            }
            out.println(pad + "columns: " + String.join(", ", renames));
        }
        if (!t.partitioned() || t.selectedPartitions() == 0) {
            return;
        }
        int shown = allPartitions ? t.partitions().size() : Math.min(PARTITIONS_SHOWN, t.partitions().size());
        for (int i = 0; i < shown; i++) {
            out.println(pad + t.partitions().get(i));
        }
        if (shown < t.partitions().size()) {
            out.println(pad + "... and " + (t.partitions().size() - shown)
                    + " more (--all-partitions or -o json lists them)");
        }
    }

    /** The last line: every spec together. */
    public static String totals(List<SpecPlan> plans) {
        SpecPlan.Totals all = SpecPlan.Totals.ofAll(plans);
        long warnings = plans.stream().mapToLong(SpecPlan::warningCount).sum();
        long errors = plans.stream().mapToLong(SpecPlan::errorCount).sum();
        long failing = plans.stream().filter(p -> !p.ok()).count();
        return "Total: " + count(plans.size(), "spec") + ", " + count(all.tables(), "table") + ", "
                + all.selectedPartitions() + " of " + count(all.totalPartitions(), "partition") + ", "
                + Sizes.rows(all.rows()) + " rows, " + Sizes.bytes(all.size()) + "; " + count(warnings, "warning")
                + ", " + count(errors, "error") + (failing == 0 ? "" : "; " + count(failing, "spec")
                + " would migrate nothing or " + (failing == 1 ? "has" : "have") + " errors");
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row[i]));
            }
        }
        return widths;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean number = i >= 3;
            String cell = cells[i];
            String pad = " ".repeat(widths[i] - DisplayWidth.of(cell));
            b.append(number ? pad + cell : cell + (i == cells.length - 1 ? "" : pad));
            if (i < cells.length - 1) {
                b.append("  ");
            }
        }
        return b.toString().stripTrailing();
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
