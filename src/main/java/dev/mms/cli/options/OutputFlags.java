package dev.mms.cli.options;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.cli.completion.Candidates;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.UsageException;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.Query;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.SortKey;
import dev.mms.render.Terminal;
import dev.mms.render.View;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/**
 * {@code -o/--output}, {@code --columns}, {@code --no-headers}, {@code --sort-by} and {@code --query}: how results are
 * written to stdout. What each value means is decided in render/ ({@link OutputFormat}, {@link Renderer#check}).
 */
public final class OutputFlags {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat output = OutputFormat.TABLE;

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN", completionCandidates = Candidates.Columns.class,
            description = "Columns of table, wide, csv and tsv, by header or API field name, e.g. ID,NAME,STATUS "
                    + "or id,name,taskDone.")
    List<String> columns;

    @Option(names = "--no-headers", description = "Leave out the header row of table, wide, csv and tsv.")
    boolean noHeaders;

    @Option(names = "--sort-by", paramLabel = "FIELD[:desc]",
            description = "Sort on this side by an API field (e.g. createTime:desc, name, taskDone); "
                    + "missing values last.")
    String sortBy;

    @Option(names = "--query", paramLabel = "JMESPATH",
            description = "JMESPath expression applied to the whole JSON result (every page), e.g. "
                    + "\"[?status=='FAILED'].name\"; printed as json, yaml or (by default) plain text.")
    String query;

    /** The chosen format, which must be one this command supports. */
    public OutputFormat format(EnumSet<OutputFormat> supported) {
        if (!supported.contains(output)) {
            throw new UsageException("this command cannot write -o " + output + "; use one of: "
                    + supported.stream().map(OutputFormat::toString).collect(Collectors.joining(", ")));
        }
        return output;
    }

    /** Whether the user asked for --query, which needs the whole result before anything is printed. */
    public boolean hasQuery() {
        return query != null;
    }

    /**
     * Options for the real stdout of this process, or of a test's environment. A flag that does not apply to the
     * format, a bad --sort-by or an invalid --query is a usage error here, before anything is sent.
     */
    public RenderOptions renderOptions(OutputFormat format, CliEnvironment environment, boolean noColorFlag) {
        try {
            RenderOptions options = RenderOptions.forStdout(format,
                            Terminal.detect(environment.env(), environment.stdoutIsTerminal()), noColorFlag, noHeaders,
                            columns)
                    .withSortBy(sortBy == null ? null : SortKey.parse(sortBy))
                    .withQuery(query == null ? null : Query.compile(query));
            Renderer.check(options);
            return options;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * For a command whose default output is its own text (dry run, validate) rather than a table: --columns,
     * --no-headers and --sort-by have nothing to act on there, so they are a usage error that says so.
     */
    public void rejectTableOptions(String what) {
        String given = columns != null ? "--columns" : noHeaders ? "--no-headers" : sortBy != null ? "--sort-by" : null;
        if (given != null) {
            throw new UsageException(given + " does not apply: " + what + " prints text, or objects with -o json, "
                    + "-o yaml or --query");
        }
    }

    /** Opens the writer for a command's results; a --columns name the view lacks is a usage error, found before any call. */
    public static <T> ItemWriter<T> open(View<T> view, RenderOptions options, PrintWriter out) {
        return usageChecked(() -> Renderer.open(view, options, out));
    }

    /** {@link #open} for a list of the server's objects, unbound (only where {@link Renderer#readsDocumentsOnly}). */
    public static ItemWriter<JsonNode> openDocuments(View<?> view, RenderOptions options, PrintWriter out) {
        return usageChecked(() -> Renderer.openDocuments(view, options, out));
    }

    private static <W> W usageChecked(Supplier<W> opening) {
        try {
            return opening.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * One object as a get command shows it: with json, yaml or --query the server's object; as a table without
     * --columns the page for people that {@code detail} draws (only then); otherwise its row, as its list shows it.
     */
    public static <T> void printOne(View<T> view, RenderOptions options, T item, Supplier<String> detail,
                                    PrintWriter out) {
        if (Renderer.writeOne(options, item, out)) {
            return;
        }
        if (options.format() == OutputFormat.TABLE && options.columns() == null) {
            out.print(detail.get());
            out.flush();
        } else {
            try (ItemWriter<T> writer = open(view, options, out)) {
                writer.write(item);
            }
        }
    }
}
