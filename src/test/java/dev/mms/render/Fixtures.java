package dev.mms.render;

import dev.mms.api.AsyncTask;
import dev.mms.api.DataSource;
import dev.mms.api.Job;
import dev.mms.api.JobConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Realistic jobs and data sources with the awkward values renderers get wrong: commas, quotes, CJK, nulls. */
final class Fixtures {

    private Fixtures() {
    }

    static List<Job> jobs() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("orders", "dt >= '2024-01-01' and region in ('cn','sg')");
        filters.put("order_items", "dt >= '2024-01-01'");
        JobConfig tables = new JobConfig(null, List.of("orders", "order_items", "customers"), null, null, filters,
                Map.of("customers", "dim_customers"), null, null, false, true, null, null, null);
        JobConfig partitions = new JobConfig(List.of(1001L, 1002L, 1003L, 1004L), null, null, null, null, null, null,
                null, null, null, null, null, null);
        JobConfig database = new JobConfig(null, null, null, List.of("user_*"), null, null, null, null, true, true,
                null, null, null);
        return List.of(
                new Job(88L, "ods_orders_daily", 7L, 301L, "hive-prod", "ods", "default", "mc_ods", "default",
                        "DONE", "Tables", 10, 10, false, "2024-12-17 15:44:17", "2025-05-06", tables),
                new Job(89L, "orders, \"archive\" 2023", 7L, 301L, "hive-prod", "ods", null, "mc_archive", null,
                        "FAILED", "Partitions", 4, 3, false, "2024-12-18 09:05:00", null, partitions),
                new Job(90L, "用户画像迁移", 8L, 302L, "bigquery-analytics", "user_profile", "public", "mc_user",
                        "default", "DOING", "Database", 10, 7, false, "2025-01-02 10:00:00", "2025-01-10", database),
                new Job(91L, "finance_ledger_full_history_backfill_before_2020_cutover", 9L, 303L, null, "finance",
                        null, "mc_finance", null, "INIT", "Database", null, null, false, "2025-01-03 08:30:12", null,
                        null),
                new Job(92L, "nightly\tload", 7L, 301L, "hive-prod", "dw", null, "mc_dw", null, "DOING", "Tables",
                        4, 1, true, "2025-01-04 23:59:59", "2025-02-01",
                        new JobConfig(null, List.of("fact_sales"), null, null, null, null, null, null, true, null,
                                null, null, null)));
    }

    static List<DataSource> sources() {
        return List.of(
                new DataSource(7L, "hive-prod", "HIVE", "cn-hangzhou", "STARTED", null, true, "vpc-bp1x:cn-hangzhou",
                        "mc_ods", List.of("mc_ods", "mc_dw"), 12L, 3480L, 1204000L, "2025-01-04 12:00:00",
                        "2024-06-01 09:00:00"),
                new DataSource(8L, "bigquery-analytics", "BIGQUERY", "ap-southeast-1", "START_FAILED",
                        "agent unreachable: timeout after 30s", false, null, "mc_user", null, null, null, null, null,
                        "2024-11-20 18:30:00"),
                new DataSource(9L, "财务数据源", "MAXCOMPUTE", "cn-shanghai", "STARTING", null, true, null,
                        "mc_finance", List.of("mc_finance"), 3L, 41L, 0L, "2025-01-03 08:00:00",
                        "2025-01-03 07:59:00"));
    }

    static List<AsyncTask> asyncTasks() {
        return List.of(
                new AsyncTask(5001L, 7L, "TASK_CREATE", 88L, "DONE", false, 100, "null", "null",
                        "2024-12-17 15:44:10", "2024-12-17 15:44:17", "2024-12-17 15:44:09"),
                new AsyncTask(5002L, 7L, "TASK_CREATE", null, "DOING", true, 40, null, null,
                        "2025-01-05 10:00:00", null, "2025-01-05 09:59:58"),
                new AsyncTask(5003L, 8L, "TASK_CREATE", null, "FAILED", false, 100, null,
                        "table user_profile.events not found", "2025-01-05 10:01:00", "2025-01-05 10:01:02",
                        "2025-01-05 10:00:59"));
    }
}
