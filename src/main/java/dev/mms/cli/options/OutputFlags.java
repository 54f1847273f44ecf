package dev.mms.cli.options;

import dev.mms.cli.completion.Candidates;
import dev.mms.cli.CliEnvironment;
import dev.mms.cli.UsageException;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.Terminal;
import dev.mms.render.View;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** {@code -o/--output}, {@code --columns} and {@code --no-headers}: how results are written to stdout. */
public final class OutputFlags {

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table).")
    String output = "table";

    @Option(names = "--columns", split = ",", paramLabel = "COLUMN", completionCandidates = Candidates.Columns.class,
            description = "Columns to show for table, wide, csv and tsv, e.g. ID,NAME,STATUS.")
    List<String> columns;

    @Option(names = "--no-headers", description = "Leave out the header row of table, wide, csv and tsv.")
    boolean noHeaders;

    /** The chosen format, which must be one this command supports. */
    public OutputFormat format(EnumSet<OutputFormat> supported) {
        OutputFormat format;
        try {
            format = OutputFormat.parse(output);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!supported.contains(format)) {
            throw new UsageException("this command cannot write -o " + format.displayName() + "; use one of: "
                    + supported.stream().map(OutputFormat::displayName).collect(Collectors.joining(", ")));
        }
        return format;
    }

    public boolean isJson() {
        return "json".equalsIgnoreCase(output.trim());
    }

    /** Options for the real stdout of this process, or of a test's environment. */
    public RenderOptions renderOptions(OutputFormat format, CliEnvironment environment, boolean noColorFlag) {
        return RenderOptions.forStdout(format, Terminal.detect(environment.env(), environment.stdoutIsTerminal()),
                noColorFlag, noHeaders, columns);
    }

    /** Opens the writer for a command's results; a --columns name the view lacks is a usage error, found before any call. */
    public static <T> ItemWriter<T> open(View<T> view, RenderOptions options, PrintWriter out) {
        try {
            return Renderer.open(view, options, out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The format names for completion and help. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(OutputFormat.values()).map(OutputFormat::displayName).iterator();
        }
    }
}
