package dev.mms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Jobs and data sources as the API returns them (mms-api.md §1.1), for the scripted server. */
final class ListFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] STATUSES = {"INIT", "DOING", "DONE", "FAILED"};

    private ListFixtures() {
    }

    /** Job number {@code i} of a long list: every field set, names that CSV must quote now and then. */
    static ObjectNode job(int i) {
        ObjectNode job = JSON.createObjectNode();
        job.put("id", 500_000L + i);
        job.put("name", switch (i % 5) {
            case 0 -> "job-" + i;
            case 1 -> "job, with comma " + i;
            case 2 -> "job \"quoted\" " + i;
            case 3 -> "作业 " + i;
            default -> "job\ttab " + i;
        });
        job.put("sourceId", 2000015L);
        job.put("dbId", 101L);
        job.put("sourceName", "hive-prod");
        job.put("srcDbName", "sales");
        job.put("dstDbName", "sales_dw");
        job.put("status", STATUSES[i % 4]);
        job.put("type", "Tables");
        job.put("taskNum", 10);
        job.put("taskDone", i % 11);
        job.put("stopped", i % 7 == 0);
        job.put("createTime", String.format("2025-01-%02d 10:%02d:00", 1 + i % 28, i % 60));
        ObjectNode config = job.putObject("config");
        config.putArray("tables").add("orders").add("t" + i);
        config.put("increment", i % 2 == 0);
        return job;
    }

    static List<JsonNode> jobs(int count) {
        List<JsonNode> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            jobs.add(parse(job(i).toString())); // as parsed from the wire: small numbers are ints
        }
        return jobs;
    }

    /** The fixed page of the golden files: every status, a long name, non-ASCII, a stopped job, a wide config. */
    static List<JsonNode> goldenPage() {
        return List.of(parse("""
                {"id":101,"name":"sales-daily-facts","sourceId":2000015,"dbId":101,"sourceName":"hive-prod",
                 "srcDbName":"sales","dstDbName":"sales_dw","status":"DONE","type":"Tables","taskNum":10,
                 "taskDone":10,"stopped":false,"createTime":"2025-06-01 08:00:00","eta":"2025-06-30",
                 "config":{"tables":["orders","order_items"],
                           "partitionFilters":{"orders":"ds >= '2024-06-02'"},
                           "tableMapping":{"orders":"ods_orders"},"enableVerification":true}}"""),
                parse("""
                {"id":102,"name":"reload-june-partitions-after-the-upstream-fix-of-the-clickstream-pipeline",
                 "sourceId":2000015,"dbId":101,"sourceName":"hive-prod","srcDbName":"sales","dstDbName":"sales_dw",
                 "status":"DOING","type":"Partitions","taskNum":4,"taskDone":1,"stopped":false,
                 "createTime":"2025-06-02 09:30:00","config":{"partitions":[10001001,10001002,10002005,10002006]}}"""),
                parse("""
                {"id":103,"name":"web 全库 迁移","sourceId":2000015,"dbId":102,"sourceName":"hive-prod",
                 "srcDbName":"web","dstDbName":"web_dw","status":"FAILED","type":"Database","taskNum":12,
                 "taskDone":9,"stopped":true,"createTime":"2025-06-03 10:45:00",
                 "config":{"tableBlackList":["clickstream_raw"],"increment":true}}"""),
                parse("""
                {"id":104,"name":"bq \\"events\\", daily","sourceId":2000015,"dbId":201,"sourceName":"hive-prod",
                 "srcDbName":"analytics","srcSchemaName":"public","dstDbName":"analytics_mc",
                 "dstSchemaName":"raw","status":"INIT","type":"Tables","taskNum":0,"taskDone":0,"stopped":false,
                 "createTime":"2025-06-04 11:00:00","config":{"tables":["events"]}}"""),
                parse("""
                {"id":105,"name":"legacy","sourceId":2000015,"dbId":301,"sourceName":"hive-prod",
                 "srcDbName":"legacy_dw","dstDbName":"legacy_dw_new","status":"DONE","type":"Tables","taskNum":3,
                 "taskDone":3,"stopped":false,"createTime":"2025-06-05 12:15:00","config":{}}"""));
    }

    static List<JsonNode> sources() {
        return List.of(parse("""
                {"id":2000015,"name":"hive-prod","type":"HIVE","region":"cn-hangzhou","status":"SCAN_DONE",
                 "agentIsOnline":true,"dstProject":"sales_dw","dbNum":2,"tableNum":8,"partitionNum":26,
                 "createTime":"2024-11-02 10:15:00"}"""),
                parse("""
                {"id":2000016,"name":"bq-analytics","type":"BIGQUERY","region":"us-west-1","status":"SCAN_DONE",
                 "agentIsOnline":false,"dstProject":"analytics_mc","dbNum":1,"tableNum":3,"partitionNum":3,
                 "createTime":"2025-01-20 08:00:00"}"""));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
