package dev.mms.emulator;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ListMmsTasks query (already form-decoded) as a filter and an order over task objects in their API shape.
 * Choices where the API is silent (docs/api-notes.md): {@code jobName} matches as a case-insensitive substring, like
 * ListMmsJobs' {@code name}; {@code jobId}, the database and table names and {@code partition} exactly; {@code status}
 * case-insensitively. Default order: newest first (id descending). {@code sorter.status} orders by the task
 * lifecycle (INIT, SCHEMA_*, DATA_*, VERIFICATION_*, DONE); {@code sorter.startTime} by start time, tasks not yet
 * started last; with both, status first.
 */
final class TaskListQuery {

    private static final List<String> LIFECYCLE = List.of("INIT", "SCHEMA_DOING", "SCHEMA_DONE", "SCHEMA_FAILED",
            "DATA_DOING", "DATA_DONE", "DATA_FAILED", "VERIFICATION_DOING", "VERIFICATION_DONE", "VERIFICATION_FAILED",
            "DONE");

    private final Predicate<Map<String, Object>> filter;
    private final Comparator<Map<String, Object>> order;

    private TaskListQuery(Predicate<Map<String, Object>> filter, Comparator<Map<String, Object>> order) {
        this.filter = filter;
        this.order = order;
    }

    static TaskListQuery from(Map<String, String> q) {
        Predicate<Map<String, Object>> f = m -> true;
        String jobId = q.get("jobId");
        if (QueryParams.given(jobId)) {
            long id = QueryParams.integer("jobId", jobId);
            f = f.and(m -> ((Number) m.get("jobId")).longValue() == id);
        }
        String jobName = q.get("jobName");
        if (QueryParams.given(jobName)) {
            String needle = jobName.trim().toLowerCase(Locale.ROOT);
            f = f.and(m -> m.get("jobName") instanceof String s && s.toLowerCase(Locale.ROOT).contains(needle));
        }
        for (String key : List.of("srcDbName", "srcTableName", "dstDbName", "dstTableName", "partition")) {
            String wanted = q.get(key);
            if (QueryParams.given(wanted)) {
                f = f.and(m -> wanted.equals(m.get(key)));
            }
        }
        String status = q.get("status");
        if (QueryParams.given(status)) {
            f = f.and(m -> m.get("status") instanceof String s && s.equalsIgnoreCase(status.trim()));
        }
        Comparator<Map<String, Object>> newestFirst =
                Comparator.comparingLong((Map<String, Object> m) -> ((Number) m.get("id")).longValue()).reversed();
        Comparator<Map<String, Object>> order = null;
        String byStatus = direction(q, "sorter.status");
        if (byStatus != null) {
            Comparator<Map<String, Object>> c = Comparator.comparingInt(m -> LIFECYCLE.indexOf(m.get("status")));
            order = byStatus.equals("desc") ? c.reversed() : c;
        }
        String byStart = direction(q, "sorter.startTime");
        if (byStart != null) {
            Comparator<String> times = byStart.equals("desc") ? Comparator.reverseOrder() : Comparator.naturalOrder();
            Comparator<Map<String, Object>> c = Comparator.comparing(m -> (String) m.get("startTime"),
                    Comparator.nullsLast(times));
            order = order == null ? c : order.thenComparing(c);
        }
        return new TaskListQuery(f, order == null ? newestFirst : order.thenComparing(newestFirst));
    }

    List<Map<String, Object>> apply(List<Map<String, Object>> tasks) {
        return tasks.stream().filter(filter).sorted(order).toList();
    }

    private static String direction(Map<String, String> q, String key) {
        String v = q.get(key);
        return QueryParams.given(v) ? QueryParams.direction(key, v) : null;
    }
}
