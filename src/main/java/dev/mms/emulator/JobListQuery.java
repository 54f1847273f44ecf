package dev.mms.emulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ListMmsJobs query (already form-decoded) as a filter and an order. Choices where the API is silent:
 * {@code name} matches as a case-insensitive substring; {@code srcDbName}, {@code dstDbName} and {@code status} match
 * exactly (status case-insensitively); {@code srcTableName} matches a job with a task of that table;
 * {@code dstTableName} a job with a table whose {@code tableMapping} target (or own name) is that; {@code stopped}
 * accepts 0/1 and true/false; {@code timerId} matches the job's timer (jobs made by CreateMmsJob have none).
 * Default order is newest first (id descending); {@code sorter.status=asc|desc} (also {@code sorter} as the JSON
 * {@code {"status":"desc"}}) orders by status in lifecycle order INIT, DOING, DONE, FAILED, newest first within one.
 */
final class JobListQuery {

    /** A job with its status now, the unit the query filters and orders. */
    record Row(StoredJob job, JobProgress progress) {
    }

    private static final List<String> LIFECYCLE = List.of("INIT", "DOING", "DONE", "FAILED");

    private final Predicate<Row> filter;
    private final Comparator<Row> order;

    private JobListQuery(Predicate<Row> filter, Comparator<Row> order) {
        this.filter = filter;
        this.order = order;
    }

    static JobListQuery from(Map<String, String> q) {
        Predicate<Row> f = r -> true;
        String name = q.get("name");
        if (QueryParams.given(name)) {
            String needle = name.toLowerCase(Locale.ROOT);
            f = f.and(r -> r.job().spec().name() != null
                    && r.job().spec().name().toLowerCase(Locale.ROOT).contains(needle));
        }
        String srcDb = q.get("srcDbName");
        if (QueryParams.given(srcDb)) {
            f = f.and(r -> srcDb.equals(r.job().spec().srcDbName()));
        }
        String dstDb = q.get("dstDbName");
        if (QueryParams.given(dstDb)) {
            f = f.and(r -> dstDb.equals(r.job().spec().dstDbName()));
        }
        String srcTable = q.get("srcTableName");
        if (QueryParams.given(srcTable)) {
            f = f.and(r -> r.job().tasks().stream().anyMatch(t -> t.tableName().equals(srcTable)));
        }
        String dstTable = q.get("dstTableName");
        if (QueryParams.given(dstTable)) {
            f = f.and(r -> {
                Map<String, String> mapping = r.job().spec().tableMapping() == null ? Map.of()
                        : r.job().spec().tableMapping();
                return r.job().tasks().stream()
                        .anyMatch(t -> mapping.getOrDefault(t.tableName(), t.tableName()).equals(dstTable));
            });
        }
        String status = q.get("status");
        if (QueryParams.given(status)) {
            f = f.and(r -> r.progress().status().equalsIgnoreCase(status.trim()));
        }
        String stopped = q.get("stopped");
        if (QueryParams.given(stopped)) {
            boolean wanted = parseStopped(stopped);
            f = f.and(r -> r.job().stopped() == wanted);
        }
        String timer = q.get("timerId");
        if (QueryParams.given(timer)) {
            long timerId = QueryParams.integer("timerId", timer);
            f = f.and(r -> r.job().timerId() != null && r.job().timerId() == timerId);
        }
        return new JobListQuery(f, order(sortDirection(q)));
    }

    List<Row> apply(List<Row> rows) {
        return rows.stream().filter(filter).sorted(order).toList();
    }

    private static Comparator<Row> order(String direction) {
        Comparator<Row> newestFirst = Comparator.comparingLong((Row r) -> r.job().id()).reversed();
        if (direction == null) {
            return newestFirst;
        }
        Comparator<Row> byStatus = Comparator.comparingInt(r -> LIFECYCLE.indexOf(r.progress().status()));
        return (direction.equals("desc") ? byStatus.reversed() : byStatus).thenComparing(newestFirst);
    }

    private static String sortDirection(Map<String, String> q) {
        String direction = q.get("sorter.status");
        if (!QueryParams.given(direction) && QueryParams.given(q.get("sorter"))) {
            try {
                Map<String, String> sorter = new ObjectMapper().readValue(q.get("sorter"), new TypeReference<>() {
                });
                direction = sorter.get("status");
            } catch (Exception e) {
                throw ApiError.invalidParameter("sorter must be JSON like {\"status\":\"desc\"}, got " + q.get("sorter"));
            }
        }
        return QueryParams.given(direction) ? QueryParams.direction("sorter.status", direction) : null;
    }

    private static boolean parseStopped(String v) {
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw ApiError.invalidParameter("stopped must be 0 or 1 (or true/false), got '" + v + "'");
        };
    }

}
