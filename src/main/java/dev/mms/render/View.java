package dev.mms.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one kind of API object (job, data source) appears in the row-based formats and in {@code -o name}: the table
 * columns, the csv/tsv fields, the order in which a table too wide for the terminal drops columns, and the name.
 */
public interface View<T> {

    /** The default columns, or with {@code wide} the default columns followed by the extra ones. */
    List<Column<T>> columns(boolean wide);

    /** The {@code kind/id} reference printed by {@code -o name}, e.g. {@code job/88}. */
    String name(T item);

    /**
     * The csv and tsv columns, headed by the API's field names. By default the fields of the wide columns in their
     * order (a column that shows no one field becomes a computed one, headed by its header in snake case); views of
     * API objects list the object's fields in the API's order instead.
     */
    default List<Field<T>> fields() {
        List<Field<T>> fields = new ArrayList<>();
        for (Column<T> column : columns(true)) {
            if (column.fields().isEmpty()) {
                fields.add(new Field<>(snakeCase(column.header()), column.value()));
            } else {
                column.fields().forEach(key -> fields.add(new Field<>(key, null)));
            }
        }
        return List.copyOf(fields);
    }

    /**
     * Headers of default columns, least important first: the order in which a table on a terminal too narrow for it
     * leaves columns out, before it cuts any value. Columns not listed are never left out.
     */
    default List<String> dropOrder() {
        return List.of();
    }

    /** {@code ASYNC TASK} as {@code async_task}. */
    static String snakeCase(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
