package dev.mms.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Picks the columns a row-based format prints: the format's default set, or the user's {@code --columns} list. */
final class ColumnSelection {

    private ColumnSelection() {
    }

    /**
     * Table shows the default set; wide, csv and tsv show the wide set, so scripts get every column without having
     * to know about {@code -o wide}. A {@code --columns} list may name any column of the wide set, in any order.
     */
    static <T> List<Column<T>> resolve(View<T> view, RenderOptions options) {
        List<Column<T>> available = view.columns(true);
        if (options.columns() == null) {
            return options.format() == OutputFormat.TABLE ? view.columns(false) : available;
        }
        if (options.columns().isEmpty()) {
            throw new IllegalArgumentException("no columns selected; valid columns: " + names(available));
        }
        List<Column<T>> chosen = new ArrayList<>();
        for (String wanted : options.columns()) {
            chosen.add(available.stream()
                    .filter(column -> normalize(column.header()).equals(normalize(wanted)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown column '" + wanted + "'; valid columns: " + names(available))));
        }
        return List.copyOf(chosen);
    }

    /** Headers have spaces ({@code SRC DB}); accept {@code src_db} and {@code src-db} so nobody has to quote. */
    private static String normalize(String name) {
        return name == null ? "" : name.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    private static <T> String names(List<Column<T>> columns) {
        return columns.stream().map(Column::header).collect(Collectors.joining(", "));
    }
}
