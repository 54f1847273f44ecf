package dev.mms.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The query of ListMmsJobs. Null fields are not sent. {@code stopped} goes on the wire as 0/1 and the sort as the flat
 * key {@code sorter.status}, as the official SDK sends them (mms-api.md §3.2).
 */
public record JobQuery(
        String name,
        String srcDbName,
        String srcTableName,
        String dstDbName,
        String dstTableName,
        String status,
        Boolean stopped,
        Long timerId,
        Integer pageNum,
        Integer pageSize,
        String sorterStatus) {

    public static JobQuery all() {
        return new JobQuery(null, null, null, null, null, null, null, null, null, null, null);
    }

    public JobQuery withPage(int number, int size) {
        return new JobQuery(name, srcDbName, srcTableName, dstDbName, dstTableName, status, stopped, timerId,
                number, size, sorterStatus);
    }

    public JobQuery withName(String jobName) {
        return new JobQuery(jobName, srcDbName, srcTableName, dstDbName, dstTableName, status, stopped, timerId,
                pageNum, pageSize, sorterStatus);
    }

    /** The query parameters with the API's own names, in a stable order. */
    public Map<String, String> toParameters() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "name", name);
        put(q, "srcDbName", srcDbName);
        put(q, "srcTableName", srcTableName);
        put(q, "dstDbName", dstDbName);
        put(q, "dstTableName", dstTableName);
        put(q, "status", status);
        put(q, "stopped", stopped == null ? null : stopped ? 1 : 0);
        put(q, "timerId", timerId);
        put(q, "pageNum", pageNum);
        put(q, "pageSize", pageSize);
        put(q, "sorter.status", sorterStatus);
        return q;
    }

    private static void put(Map<String, String> q, String key, Object value) {
        if (value != null) {
            q.put(key, String.valueOf(value));
        }
    }
}
