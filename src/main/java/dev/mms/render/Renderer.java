package dev.mms.render;

import java.io.PrintWriter;
import java.util.List;

/** Entry point of the package: opens the writer for the chosen {@code -o} format. */
public final class Renderer {

    private Renderer() {
    }

    /**
     * Opens a streaming writer of {@code view}'s items to {@code out} in {@code options.format()}.
     * Write items as they arrive and close it once; closing flushes but does not close {@code out}.
     *
     * @throws IllegalArgumentException when {@code options.columns()} names a column the view does not have
     *                                  (checked for every format, so a typo never passes silently)
     */
    public static <T> ItemWriter<T> open(View<T> view, RenderOptions options, PrintWriter out) {
        List<Column<T>> columns = ColumnSelection.resolve(view, options);
        return switch (options.format()) {
            case TABLE, WIDE -> new TableWriter<>(columns, options, out);
            case CSV -> DelimitedWriter.csv(columns, options, out);
            case TSV -> DelimitedWriter.tsv(columns, options, out);
            case JSON -> new JsonArrayWriter<>(out);
            case YAML -> new YamlSequenceWriter<>(out);
            case NAME -> new NameWriter<>(view, out);
        };
    }

    /** Renders a complete list in one call. */
    public static <T> void render(View<T> view, RenderOptions options, List<? extends T> items, PrintWriter out) {
        try (ItemWriter<T> writer = open(view, options, out)) {
            writer.writeAll(items);
        }
    }
}
