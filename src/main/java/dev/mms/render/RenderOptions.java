package dev.mms.render;

import java.util.List;

/**
 * How to render one result: the format plus what we know about stdout.
 *
 * @param format    the {@code -o} format
 * @param terminal  stdout is a terminal that can be redrawn in place ({@code TERM} is not {@code dumb})
 * @param color     ANSI colour and progress bars are allowed: terminal, {@code NO_COLOR} unset and no {@code --no-color}
 * @param width     terminal columns that a table must fit, 0 for unlimited (pipes are never cut)
 * @param noHeaders leave out the header row of table, wide, csv and tsv
 * @param columns   the columns to show, in order: headers ({@code SRC_DB} = {@code SRC DB}) or API field names,
 *                  ignoring case; null for the format's default set
 * @param sortBy    client-side order of the items (--sort-by), null for the server's order
 * @param query     a compiled --query expression applied to the whole result, null for none
 */
public record RenderOptions(OutputFormat format, boolean terminal, boolean color, int width, boolean noHeaders,
                            List<String> columns, SortKey sortBy, Query query) {

    public RenderOptions {
        if (format == null) {
            throw new IllegalArgumentException("format is required");
        }
        if (width < 0) {
            throw new IllegalArgumentException("width must be 0 (unlimited) or positive: " + width);
        }
        columns = columns == null ? null : List.copyOf(columns);
    }

    public RenderOptions(OutputFormat format, boolean terminal, boolean color, int width, boolean noHeaders,
                         List<String> columns) {
        this(format, terminal, color, width, noHeaders, columns, null, null);
    }

    /** Plain options for a pipe: no colour, no width limit, headers, default columns. */
    public static RenderOptions plain(OutputFormat format) {
        return new RenderOptions(format, false, false, 0, false, null);
    }

    /**
     * Options for the real stdout: colour when the terminal allows it and the user did not pass {@code --no-color};
     * the width is only read for the table format, so wide, piped and machine formats never ask the terminal.
     */
    public static RenderOptions forStdout(OutputFormat format, TerminalInfo stdout, boolean noColorFlag,
                                          boolean noHeaders, List<String> columns) {
        boolean color = stdout.colorAllowed() && !noColorFlag;
        // Only the default table is fitted to the terminal: -o wide asks for every column in full, as kubectl's does,
        // and cutting a dozen columns to a few characters each would show none of them.
        int width = format == OutputFormat.TABLE ? stdout.width() : 0;
        return new RenderOptions(format, stdout.redraws(), color, width, noHeaders, columns);
    }

    /**
     * Whether the output shows nothing but each item's document, the server's object (json, yaml, and --query in any
     * format): then a list need not bind its items to records ({@link Renderer#readsDocumentsOnly}).
     */
    public boolean showsDocumentsOnly() {
        return query != null || format == OutputFormat.JSON || format == OutputFormat.YAML;
    }

        public RenderOptions withColumns(List<String> selected) {
        return new RenderOptions(format, terminal, color, width, noHeaders, selected, sortBy, query);
    }

    public RenderOptions withNoHeaders(boolean value) {
        return new RenderOptions(format, terminal, color, width, value, columns, sortBy, query);
    }

    public RenderOptions withSortBy(SortKey key) {
        return new RenderOptions(format, terminal, color, width, noHeaders, columns, key, query);
    }

    public RenderOptions withQuery(Query compiled) {
        return new RenderOptions(format, terminal, color, width, noHeaders, columns, sortBy, compiled);
    }
}
