package dev.mms.render;

import dev.mms.plan.FieldDifference;
import dev.mms.plan.JobDiff;
import dev.mms.plan.PlanIssue;
import dev.mms.plan.SpecPlan;
import dev.mms.plan.TablePlan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The people formats of job plan and job diff, against golden files. */
class PlanAndDiffTextGoldenTest {

    private static List<SpecPlan> plans() {
        List<String> values = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int h = 0; h < 12; h++) {
            values.add("ds=2024-06-01/hh=" + h);
            ids.add(100L + h);
        }
        TablePlan logs = new TablePlan("access_log", "ods_access_log", true, 12, 336, 7_812_345L, 1_796_839_350L,
                values, ids, Map.of());
        TablePlan users = new TablePlan("users", "users", false, 0, 0, 8_700_000L, 1_305_000_000L, List.of(),
                List.of(), Map.of("email", "email_hash"));
        SpecPlan ok = new SpecPlan("specs/logs.yaml", "logs-june", 2000017L, "ods", "ods_dw", "Tables",
                List.of(logs, users), List.of(PlanIssue.warning(PlanIssue.Kind.TABLE_NOT_FOUND, "userz", "tables[2]",
                "table userz of tables does not exist in database ods; it is not migrated (did you mean users?)")),
                null, null);
        TablePlan none = new TablePlan("orders", "orders", true, 0, 6, 0L, 0L, List.of(), List.of(), Map.of());
        SpecPlan empty = new SpecPlan("specs/empty.yaml", "empty", 2000015L, "sales", "sales_dw", "Tables",
                List.of(none), List.of(
                PlanIssue.warning(PlanIssue.Kind.FILTER_SELECTS_NOTHING, "orders", "partitionFilters.orders",
                        "the partition filter of table orders selects none of its 6 partitions"),
                PlanIssue.error(PlanIssue.Kind.NOTHING_SELECTED, null, null, "the spec selects nothing to migrate")),
                null, null);
        return List.of(ok, empty);
    }

    @Test
    void planText() {
        StringWriter out = new StringWriter();
        PlanText.print(plans(), false, new PrintWriter(out));
        Golden.assertMatches("plan.txt", out.toString());
    }

    @Test
    void diffText() {
        JobDiff same = new JobDiff("specs/a.yaml", "a", 2000015L, JobDiff.Status.SAME, 41L, "DONE", null, List.of());
        JobDiff missing = new JobDiff("specs/b.yaml", "b", 2000015L, JobDiff.Status.MISSING, null, null, null,
                List.of());
        JobDiff drifted = new JobDiff("specs/c.yaml", "c", 2000015L, JobDiff.Status.DRIFTED, 42L, "DOING", 2,
                List.of(new FieldDifference("tables", List.of("orders", "products"), List.of("orders", "customers")),
                        new FieldDifference("partitionFilters.orders", "ds >= '2024-06-02'", "ds >= '2024-06-01'"),
                        new FieldDifference("enableVerification", null, true)));
        StringWriter plain = new StringWriter();
        DiffText.print(List.of(same, missing, drifted), false, new PrintWriter(plain));
        Golden.assertMatches("diff.txt", plain.toString());
        StringWriter colored = new StringWriter();
        DiffText.print(List.of(drifted), true, new PrintWriter(colored));
        Golden.assertMatches("diff-terminal.txt", colored.toString());
    }
}
