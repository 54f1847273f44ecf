package dev.mms.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mms.api.Job;
import dev.mms.api.JobConfig;
import dev.mms.api.JobSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecDiffTest {

    private static JobSpec spec(List<String> tables, Map<String, String> filters, Boolean verify, String eta,
                                Map<String, Object> others) {
        return new JobSpec(2000015L, null, "daily", "sales", null, "sales_dw", null, null, tables, null, null, null,
                filters, Map.of("orders", "ods_orders"), null, null, null, true, true, verify, others, eta);
    }

    private static Job job(long id, List<String> tables, Map<String, String> filters, Boolean verify, String eta,
                           Map<String, Object> others) {
        JobConfig config = new JobConfig(null, tables, null, null, filters, Map.of("orders", "ods_orders"), null,
                others, false, verify, null, "MOCK", null);
        return new Job(id, "daily", 2000015L, 101L, "hive-prod", "sales", "default", "sales_dw", "default", "DONE",
                "Tables", 2, 2, false, "2024-06-01 00:00:00", eta, config);
    }

    private static List<String> fields(JobDiff diff) {
        return diff.differences().stream().map(FieldDifference::field).toList();
    }

    @Test
    void noJobOfTheNameIsMissing() {
        JobDiff diff = SpecDiff.of("a.yaml", spec(List.of("orders"), null, null, null, null), List.of());
        assertEquals(JobDiff.Status.MISSING, diff.status());
        assertNull(diff.jobId());
    }

    @Test
    void sameMeaningWrittenDifferentlyIsTheSame() {
        JobSpec spec = spec(List.of("orders", "customers"), Map.of("orders", "ds>='2024-06-01'  AND region IN ('cn')"),
                null, "2026-12-31", Map.of("retries", 3));
        Job job = job(42, List.of("customers", "orders"), Map.of("orders", "ds >= \"2024-06-01\" and region in ('cn')"),
                false, "2026-12-31 00:00:00", Map.of("retries", "3"));
        JobDiff diff = SpecDiff.of("a.yaml", spec, List.of(job));
        assertEquals(JobDiff.Status.SAME, diff.status(), () -> diff.differences().toString());
        assertEquals(42L, diff.jobId());
        assertEquals("DONE", diff.jobStatus());
    }

    @Test
    void eachChangedFieldIsReportedWithBothValues() {
        JobSpec spec = spec(List.of("orders", "products"), Map.of("orders", "ds >= '2024-06-02'"), true, null, null);
        Job job = job(42, List.of("orders", "customers"), Map.of("orders", "ds >= '2024-06-01'",
                "customers", "x = '1'"), false, null, null);
        JobDiff diff = SpecDiff.of("a.yaml", spec, List.of(job));
        assertEquals(JobDiff.Status.DRIFTED, diff.status());
        assertEquals(List.of("tables", "partitionFilters.orders", "partitionFilters.customers", "enableVerification"),
                fields(diff));
        FieldDifference filter = diff.differences().get(1);
        assertEquals("ds >= '2024-06-02'", filter.spec());
        assertEquals("ds >= '2024-06-01'", filter.job());
        assertNull(diff.differences().get(2).spec(), "an entry only the job has");
    }

    @Test
    void textFieldsTheSpecLeavesOutAreNotCompared() {
        // the job shows schema "default" and task type MOCK, which the spec never set
        JobDiff diff = SpecDiff.of("a.yaml", spec(List.of("orders"), null, null, null, null),
                List.of(job(1, List.of("orders"), null, null, null, null)));
        assertEquals(JobDiff.Status.SAME, diff.status(), () -> diff.differences().toString());
    }

    @Test
    void destinationAndEtaAreCompared() {
        JobSpec spec = new JobSpec(2000015L, null, "daily", "sales", null, "other_dw", null, null, List.of("orders"),
                null, null, null, null, Map.of("orders", "ods_orders"), null, null, null, null, null, null, null,
                "2027-01-01");
        JobDiff diff = SpecDiff.of("a.yaml", spec, List.of(job(1, List.of("orders"), null, null, "2026-12-31", null)));
        assertEquals(List.of("dstDbName", "eta"), fields(diff));
    }

    @Test
    void theNewestOfSeveralJobsIsCompared() {
        JobDiff diff = SpecDiff.of("a.yaml", spec(List.of("orders"), null, null, null, null),
                List.of(job(7, List.of("customers"), null, null, null, null),
                        job(9, List.of("orders"), null, null, null, null)));
        assertEquals(9L, diff.jobId());
        assertEquals(2, diff.jobsNamed());
        assertEquals(JobDiff.Status.SAME, diff.status());
    }

    @Test
    void mappingEntriesAreFieldsOfTheirOwn() {
        JobSpec spec = new JobSpec(2000015L, null, "daily", "sales", null, "sales_dw", null, null, List.of("orders"),
                null, null, null, null, Map.of("orders", "ods_orders2"), Map.of("region", "region_code"), null, null,
                null, null, null, null, null);
        JobDiff diff = SpecDiff.of("a.yaml", spec, List.of(job(1, List.of("orders"), null, null, null, null)));
        assertEquals(List.of("tableMapping.orders", "columnMapping.region"), fields(diff));
    }
}
