package dev.mms.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks what a row-based format prints: the table's columns, or the csv/tsv fields, by default or from the user's
 * {@code --columns} list. A name may be a table header ({@code SRC_DB}, {@code src-db}, {@code "SRC DB"}) or an API
 * field name ({@code srcDbName}), ignoring case, in either format: {@code --columns progress} gives a table its
 * PROGRESS column and csv its {@code taskDone} and {@code taskNum} fields.
 */
final class ColumnSelection {

    private ColumnSelection() {
    }

    /**
     * Table shows the default set and wide every column. A {@code --columns} list may name any column of the wide
     * set, in any order; a field name picks the column that shows it.
     */
    static <T> List<Column<T>> columns(View<T> view, RenderOptions options) {
        List<Column<T>> available = view.columns(true);
        if (options.columns() == null) {
            return options.format() == OutputFormat.WIDE ? available : view.columns(false);
        }
        List<Column<T>> chosen = new ArrayList<>();
        for (String wanted : requested(view, options)) {
            chosen.add(available.stream().filter(column -> isHeader(column, wanted)).findFirst()
                    .or(() -> available.stream().filter(column -> showsField(column, wanted)).findFirst())
                    .orElseThrow(() -> unknown(view, wanted)));
        }
        return List.copyOf(chosen);
    }

    /** csv and tsv carry every field; a {@code --columns} list picks fields, a header standing for its fields. */
    static <T> List<Field<T>> fields(View<T> view, RenderOptions options) {
        List<Field<T>> available = view.fields();
        if (options.columns() == null) {
            return available;
        }
        Set<Field<T>> chosen = new LinkedHashSet<>();
        for (String wanted : requested(view, options)) {
            List<Field<T>> matches = available.stream().filter(f -> f.key().equalsIgnoreCase(wanted.trim())).toList();
            if (matches.isEmpty()) {
                Column<T> column = view.columns(true).stream().filter(c -> isHeader(c, wanted)).findFirst()
                        .orElseThrow(() -> unknown(view, wanted));
                matches = available.stream().filter(f -> column.fields().contains(f.key())
                        || f.key().equals(View.snakeCase(column.header()))).toList();
            }
            chosen.addAll(matches);
        }
        return List.copyOf(chosen);
    }

    /** Every name a --columns list may use, for the error message: headers, then API field names. */
    static <T> String validNames(View<T> view) {
        String headers = view.columns(true).stream().map(Column::header).collect(Collectors.joining(", "));
        String fields = view.fields().stream().map(Field::key).collect(Collectors.joining(", "));
        return headers + "; or API fields: " + fields;
    }

    private static <T> List<String> requested(View<T> view, RenderOptions options) {
        if (options.columns().isEmpty()) {
            throw new IllegalArgumentException("no columns selected; valid columns: " + validNames(view));
        }
        return options.columns();
    }

    private static <T> IllegalArgumentException unknown(View<T> view, String wanted) {
        return new IllegalArgumentException("unknown column '" + wanted + "'; valid columns: " + validNames(view));
    }

    private static boolean isHeader(Column<?> column, String wanted) {
        return normalize(column.header()).equals(normalize(wanted));
    }

    private static boolean showsField(Column<?> column, String wanted) {
        return column.fields().stream().anyMatch(field -> field.equalsIgnoreCase(wanted.trim()));
    }

    /** Headers have spaces ({@code SRC DB}); accept {@code src_db} and {@code src-db} so nobody has to quote. */
    private static String normalize(String name) {
        return name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
