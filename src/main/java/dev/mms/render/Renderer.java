package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;

/** Entry point of the package: opens the writer for the chosen {@code -o} format, {@code --sort-by} and {@code --query}. */
public final class Renderer {

    private Renderer() {
    }

    /**
     * Opens a streaming writer of {@code view}'s items to {@code out} in {@code options.format()}.
     * Write items as they arrive and close it once; closing flushes but does not close {@code out}.
     * With {@code --sort-by} or {@code --query} nothing is written before close: both need every item.
     *
     * @throws IllegalArgumentException when an option does not apply to the format ({@code --columns} with json),
     *                                  or {@code options.columns()} or the sort field names something the view lacks
     *                                  (all checked before any item, so a typo never passes silently)
     */
    public static <T> ItemWriter<T> open(View<T> view, RenderOptions options, PrintWriter out) {
        check(options);
        SortKey sortBy = sortKey(view, options);
        if (options.showsDocumentsOnly()) {
            return documents(sortBy, options, out);
        }
        ItemWriter<T> writer = switch (options.format()) {
            case TABLE -> new TableWriter<>(ColumnSelection.columns(view, options),
                    options.columns() == null ? view.dropOrder() : List.of(), options, out);
            case WIDE -> new TableWriter<>(ColumnSelection.columns(view, options), List.of(), options, out);
            case CSV -> DelimitedWriter.csv(ColumnSelection.fields(view, options), options, out);
            case TSV -> DelimitedWriter.tsv(ColumnSelection.fields(view, options), options, out);
            case NAME -> new NameWriter<>(view, out);
            case JSON, YAML -> throw new IllegalStateException("json and yaml show documents only");
        };
        return sortBy == null ? writer : BufferedWriter.sorted(sortBy, writer);
    }

    /**
     * Whether the output of {@code view}'s items reads nothing but each item's document: json, yaml and --query
     * ({@link RenderOptions#showsDocumentsOnly()}), and csv or tsv whose fields are all the server's (none computed).
     * Then a list may hand {@link #openDocuments} the server's objects themselves, never bound to records. False
     * where {@link #open} would refuse the options: it says why.
     */
    public static boolean readsDocumentsOnly(View<?> view, RenderOptions options) {
        if (options.showsDocumentsOnly()) {
            return true;
        }
        if (options.format() != OutputFormat.CSV && options.format() != OutputFormat.TSV) {
            return false;
        }
        try {
            return ColumnSelection.fields(view, options).stream().allMatch(field -> field.computed() == null);
        } catch (IllegalArgumentException refused) {
            return false;
        }
    }

    /**
     * {@link #open} for a list whose items are the server's objects themselves, never bound to the view's records:
     * only where {@link #readsDocumentsOnly} says that is all the output reads.
     *
     * @throws IllegalArgumentException as {@link #open} does, and for options that read the view's records
     */
    public static ItemWriter<JsonNode> openDocuments(View<?> view, RenderOptions options, PrintWriter out) {
        if (!readsDocumentsOnly(view, options)) {
            throw new IllegalArgumentException("-o " + options.format() + " reads records, not only documents");
        }
        check(options);
        SortKey sortBy = sortKey(view, options);
        if (options.showsDocumentsOnly()) {
            return documents(sortBy, options, out);
        }
        List<Field<JsonNode>> fields = Field.of(ColumnSelection.fields(view, options).stream().map(Field::key)
                .toArray(String[]::new));
        ItemWriter<JsonNode> writer = options.format() == OutputFormat.CSV ? DelimitedWriter.csv(fields, options, out)
                : DelimitedWriter.tsv(fields, options, out);
        return sortBy == null ? writer : BufferedWriter.sorted(sortBy, writer);
    }

    /** The writer of json, yaml or a --query result: each item's document is all it reads. */
    private static <T> ItemWriter<T> documents(SortKey sortBy, RenderOptions options, PrintWriter out) {
        if (options.query() != null) {
            return BufferedWriter.queried(sortBy, options.query(), options.format(), out);
        }
        ItemWriter<T> writer = options.format() == OutputFormat.JSON ? new JsonArrayWriter<>(out)
                : new YamlSequenceWriter<>(out);
        return sortBy == null ? writer : BufferedWriter.sorted(sortBy, writer);
    }

    private static SortKey sortKey(View<?> view, RenderOptions options) {
        return options.sortBy() == null ? null : options.sortBy().resolve(view);
    }

    /**
     * One object, for the {@code get} commands: {@code --query} applied to the object itself, json and yaml the
     * server's object; false for the other formats, which the caller draws (a description, or one row).
     */
    public static boolean writeOne(RenderOptions options, Object item, PrintWriter out) {
        check(options);
        if (options.query() != null) {
            BufferedWriter.write(options.query().apply(Documents.tree(item)), options.format(), out);
            return true;
        }
        return Documents.write(options.format(), item, out);
    }

    /** Renders a complete list in one call. */
    public static <T> void render(View<T> view, RenderOptions options, List<? extends T> items, PrintWriter out) {
        try (ItemWriter<T> writer = open(view, options, out)) {
            writer.writeAll(items);
        }
    }

    /**
     * Every option must mean something for the format it is given with (docs/output.md, "Options that go together");
     * the messages name the flags, since the CLI shows them as they are.
     */
    public static void check(RenderOptions options) {
        OutputFormat format = options.format();
        if (options.query() != null) {
            if (!format.showsQueryResults()) {
                throw new IllegalArgumentException("--query gives a JSON value, which -o " + format
                        + " cannot show; use -o json, -o yaml, or leave out -o for plain text");
            }
            if (options.columns() != null || options.noHeaders()) {
                throw new IllegalArgumentException((options.columns() != null ? "--columns" : "--no-headers")
                        + " does not apply with --query, whose result has no columns; pick fields in the query, "
                        + "e.g. --query '[].[id,name]'");
            }
            return;
        }
        if (options.columns() != null && !format.hasColumns()) {
            throw new IllegalArgumentException("--columns does not apply to -o " + format + ", which writes "
                    + (format == OutputFormat.NAME ? "names only" : "whole objects (use --query to pick fields)")
                    + "; it picks the columns of table, wide, csv and tsv");
        }
        if (options.noHeaders() && !format.hasHeaders()) {
            throw new IllegalArgumentException("--no-headers does not apply to -o " + format
                    + ", which has no header row; only table, wide, csv and tsv have one");
        }
    }
}
