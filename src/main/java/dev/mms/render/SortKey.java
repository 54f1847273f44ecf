package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Locale;

/**
 * {@code --sort-by FIELD[:asc|:desc]}: a client-side order by one top-level field of the items' JSON documents (an API
 * field name such as {@code createTime} or {@code taskDone}, or a table header that shows exactly one field). Numbers
 * compare as numbers, strings as text (UTF-16 order), false before true; items without the field come last either way.
 */
public record SortKey(String field, boolean descending) {

    /** Parses {@code createTime}, {@code createTime:desc} or {@code name:asc}. */
    public static SortKey parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        int colon = trimmed.lastIndexOf(':');
        String field = colon < 0 ? trimmed : trimmed.substring(0, colon).trim();
        String order = colon < 0 ? "asc" : trimmed.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
        if (field.isEmpty() || !(order.equals("asc") || order.equals("desc"))) {
            throw new IllegalArgumentException("--sort-by takes FIELD, FIELD:asc or FIELD:desc (e.g. createTime:desc), not '"
                    + text + "'");
        }
        return new SortKey(field, order.equals("desc"));
    }

    /** This key with its field resolved to the view's API field name, or an error naming the fields it knows. */
    <T> SortKey resolve(View<T> view) {
        for (Field<T> f : view.fields()) {
            if (f.key().equalsIgnoreCase(field) && f.computed() == null) {
                return new SortKey(f.key(), descending);
            }
        }
        String normalized = field.toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (Column<T> column : view.columns(true)) {
            if (column.header().equals(normalized) && column.fields().size() == 1) {
                return new SortKey(column.fields().get(0), descending);
            }
        }
        throw new IllegalArgumentException("cannot --sort-by '" + field + "'; fields: " + String.join(", ",
                view.fields().stream().filter(f -> f.computed() == null).map(Field::key).toList()));
    }

    /** Orders JSON documents by this field. */
    Comparator<JsonNode> comparator() {
        Comparator<JsonNode> byValue = SortKey::compareValues;
        Comparator<JsonNode> ordered = descending ? byValue.reversed() : byValue;
        return (a, b) -> {
            JsonNode x = a.get(field);
            JsonNode y = b.get(field);
            boolean xMissing = x == null || x.isNull();
            boolean yMissing = y == null || y.isNull();
            if (xMissing || yMissing) {
                return Boolean.compare(xMissing, yMissing);
            }
            return ordered.compare(x, y);
        };
    }

    private static int compareValues(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue());
        }
        if (x.isBoolean() && y.isBoolean()) {
            return Boolean.compare(x.booleanValue(), y.booleanValue());
        }
        if (x.isTextual() && y.isTextual()) {
            return x.textValue().compareTo(y.textValue());
        }
        int byType = Integer.compare(rank(x), rank(y));
        return byType != 0 ? byType : x.toString().compareTo(y.toString());
    }

    private static int rank(JsonNode node) {
        return node.isNumber() ? 0 : node.isTextual() ? 1 : node.isBoolean() ? 2 : 3;
    }
}
