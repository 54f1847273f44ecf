package dev.mms.emulator;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.mms.api.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * ListMmsDbs, ListMmsTables and ListMmsPartitions over one data source's catalog: each object is built in its API
 * shape first, then filtered and ordered by the query (already form-decoded). Choices where the API is silent
 * (docs/api-notes.md): {@code name} and {@code value} match as case-insensitive substrings, other names exactly;
 * {@code status} of tables and partitions is a JSON array string ({@code ["DONE","FAILED"]}, a bare value is accepted
 * too); ListMmsDbs takes its sorter as JSON ({@code sorter={"size":"desc"}}), the others as flat
 * {@code sorter.<field>=asc|desc}; objects without the sorted field come last; the default order is by id.
 */
final class CatalogListing {

    private static final Set<String> DB_SORTS = Set.of("numRows", "size", "updateTime");
    private static final Set<String> TABLE_SORTS = Set.of("lastDdlTime", "numRows", "size");

    private final Catalog.Source source;
    private final MigrationState state;
    private final JsonViews views;

    CatalogListing(Catalog.Source source, MigrationState state, JsonViews views) {
        this.source = source;
        this.state = state;
        this.views = views;
    }

    List<Map<String, Object>> databases(Map<String, String> q) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Catalog.Database db : databasesOf(source)) {
            all.add(views.database(source, db, state));
        }
        Predicate<Map<String, Object>> f = contains("name", q.get("name")).and(equalsIgnoringCase("status",
                q.get("status")));
        return filterAndSort(all, f, jsonSort(q.get("sorter"), q, DB_SORTS));
    }

    List<Map<String, Object>> tables(Map<String, String> q) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Catalog.Database db : databasesOf(source)) {
            for (Catalog.Table table : db.tablesOrEmpty()) {
                all.add(views.table(source, db, table, state));
            }
        }
        Predicate<Map<String, Object>> f = isLong("dbId", q.get("dbId")).and(is("dbName", q.get("dbName")))
                .and(contains("name", q.get("name"))).and(is("dstName", q.get("dstName")))
                .and(is("dstProjectName", q.get("dstProjectName"))).and(is("dstSchemaName", q.get("dstSchemaName")))
                .and(isBoolean("hasPartitions", q.get("hasPartitions"))).and(equalsIgnoringCase("type", q.get("type")))
                .and(statusIn(q.get("status"))).and(lastDdlBetween(q));
        List<Map<String, Object>> rows = filterAndSort(all, f, flatSort(q, TABLE_SORTS));
        if ("true".equalsIgnoreCase(trimmed(q.get("onlyName")))) {
            return rows.stream().map(CatalogListing::namesOnly).toList();
        }
        parseBoolean("onlyName", q.get("onlyName"));
        return rows;
    }

    List<Map<String, Object>> partitions(Map<String, String> q) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Catalog.Database db : databasesOf(source)) {
            for (Catalog.Table table : db.tablesOrEmpty()) {
                for (Catalog.Partition p : table.partitionsOrEmpty()) {
                    all.add(views.partition(source, db, table, p, state));
                }
            }
        }
        Predicate<Map<String, Object>> f = isLong("dbId", q.get("dbId")).and(is("dbName", q.get("dbName")))
                .and(isLong("tableId", q.get("tableId"))).and(is("tableName", q.get("tableName")))
                .and(contains("value", q.get("value"))).and(isBoolean("updated", q.get("updated")))
                .and(statusIn(q.get("status"))).and(lastDdlBetween(q));
        return filterAndSort(all, f, flatSort(q, TABLE_SORTS));
    }

    private static List<Catalog.Database> databasesOf(Catalog.Source source) {
        return source.databases() == null ? List.of() : source.databases();
    }

    private static List<Map<String, Object>> filterAndSort(List<Map<String, Object>> all,
                                                           Predicate<Map<String, Object>> filter,
                                                           Comparator<Map<String, Object>> order) {
        Comparator<Map<String, Object>> byId = Comparator.comparingLong(m -> ((Number) m.get("id")).longValue());
        return all.stream().filter(filter).sorted(order == null ? byId : order.thenComparing(byId)).toList();
    }

    private static Map<String, Object> namesOnly(Map<String, Object> table) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String key : List.of("id", "name", "dbId", "dbName", "sourceId")) {
            m.put(key, table.get(key));
        }
        return m;
    }

    private static Predicate<Map<String, Object>> contains(String field, String wanted) {
        if (blank(wanted)) {
            return m -> true;
        }
        String needle = wanted.trim().toLowerCase(Locale.ROOT);
        return m -> m.get(field) instanceof String s && s.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static Predicate<Map<String, Object>> is(String field, String wanted) {
        return blank(wanted) ? m -> true : m -> wanted.equals(m.get(field));
    }

    private static Predicate<Map<String, Object>> equalsIgnoringCase(String field, String wanted) {
        return blank(wanted) ? m -> true : m -> m.get(field) instanceof String s && s.equalsIgnoreCase(wanted.trim());
    }

    private static Predicate<Map<String, Object>> isLong(String field, String wanted) {
        if (blank(wanted)) {
            return m -> true;
        }
        long id = QueryParams.integer(field, wanted);
        return m -> m.get(field) instanceof Number n && n.longValue() == id;
    }

    private static Predicate<Map<String, Object>> isBoolean(String field, String wanted) {
        Boolean value = parseBoolean(field, wanted);
        return value == null ? m -> true : m -> value.equals(m.get(field));
    }

    private static Boolean parseBoolean(String field, String text) {
        if (blank(text)) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.invalidParameter(field + " must be true or false, got '" + text + "'");
        };
    }

    /** {@code status} as the SDK sends a list: a JSON array string; a bare value or a comma list is accepted too. */
    private static Predicate<Map<String, Object>> statusIn(String text) {
        if (blank(text)) {
            return m -> true;
        }
        Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        String t = text.trim();
        if (t.startsWith("[")) {
            try {
                wanted.addAll(Json.mapper().readValue(t, new TypeReference<List<String>>() { }));
            } catch (Exception e) {
                throw ApiError.invalidParameter("status must be a JSON array of strings like [\"DONE\",\"FAILED\"],"
                        + " got " + text);
            }
        } else {
            for (String part : t.split(",")) {
                wanted.add(part.trim());
            }
        }
        return wanted.isEmpty() ? m -> true : m -> m.get("status") instanceof String s && wanted.contains(s);
    }

    /** {@code lastDdlTimeStart}/{@code End}: times as {@code yyyy-MM-dd HH:mm:ss}, which compare as text. */
    private static Predicate<Map<String, Object>> lastDdlBetween(Map<String, String> q) {
        String start = trimmed(q.get("lastDdlTimeStart"));
        String end = trimmed(q.get("lastDdlTimeEnd"));
        return m -> {
            Object t = m.get("lastDdlTime");
            if (t == null) {
                return blank(start) && blank(end);
            }
            String time = t.toString();
            return (blank(start) || time.compareTo(start) >= 0) && (blank(end) || time.compareTo(end) <= 0);
        };
    }

    private static Comparator<Map<String, Object>> flatSort(Map<String, String> q, Set<String> fields) {
        Comparator<Map<String, Object>> order = null;
        for (String field : fields.stream().sorted().toList()) {
            String direction = q.get("sorter." + field);
            if (!blank(direction)) {
                Comparator<Map<String, Object>> c = by(field, direction, "sorter." + field);
                order = order == null ? c : order.thenComparing(c);
            }
        }
        return order;
    }

    private static Comparator<Map<String, Object>> jsonSort(String sorter, Map<String, String> q, Set<String> fields) {
        if (blank(sorter)) {
            return flatSort(q, fields);
        }
        Map<String, String> keys;
        try {
            keys = Json.mapper().readValue(sorter, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (Exception e) {
            throw ApiError.invalidParameter("sorter must be a JSON object like {\"size\":\"desc\"}, got " + sorter);
        }
        Comparator<Map<String, Object>> order = null;
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (!fields.contains(key.getKey())) {
                throw ApiError.invalidParameter("sorter cannot sort by '" + key.getKey() + "'; it sorts by "
                        + String.join(", ", new TreeSet<>(fields)));
            }
            Comparator<Map<String, Object>> c = by(key.getKey(), key.getValue(), "sorter." + key.getKey());
            order = order == null ? c : order.thenComparing(c);
        }
        return order;
    }

    /** Orders by one field, asc or desc; objects that lack it come last either way. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Map<String, Object>> by(String field, String direction, String parameter) {
        String d = QueryParams.direction(parameter, direction);
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> values = d.equals("asc") ? natural : natural.reversed();
        return Comparator.comparing(m -> comparable(m.get(field)), Comparator.nullsLast(values));
    }

    @SuppressWarnings("rawtypes")
    private static Comparable comparable(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value instanceof Comparable c ? c : null;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
