package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code csv} and {@code tsv} formats, streamed row by row: a header of API field names, then the fields of each
 * item's JSON document (numbers as the server sent them, true/false, objects and arrays as compact JSON), missing
 * values and JSON null empty, lines ending in LF (as most Unix tools expect; every CSV parser also accepts it).
 */
final class DelimitedWriter<T> implements ItemWriter<T> {

    private final List<Field<T>> fields;
    private final PrintWriter out;
    private final char separator;
    private final UnaryOperator<String> escape;
    private final boolean headers;
    private boolean started;

    private DelimitedWriter(List<Field<T>> fields, RenderOptions options, PrintWriter out, char separator,
                            UnaryOperator<String> escape) {
        this.fields = fields;
        this.out = out;
        this.separator = separator;
        this.escape = escape;
        this.headers = !options.noHeaders();
    }

    static <T> DelimitedWriter<T> csv(List<Field<T>> fields, RenderOptions options, PrintWriter out) {
        return new DelimitedWriter<>(fields, options, out, ',', DelimitedWriter::csvField);
    }

    static <T> DelimitedWriter<T> tsv(List<Field<T>> fields, RenderOptions options, PrintWriter out) {
        return new DelimitedWriter<>(fields, options, out, '\t', DelimitedWriter::tsvField);
    }

    @Override
    public void write(T item) {
        start();
        JsonNode document = Documents.tree(item);
        List<String> cells = new ArrayList<>(fields.size());
        for (Field<T> field : fields) {
            cells.add(field.cell(item, document));
        }
        row(cells);
    }

    @Override
    public void close() {
        start();
        out.flush();
    }

    /** The header goes out with the first row (or on close), so a request that fails first leaves stdout empty. */
    private void start() {
        if (!started && headers) {
            row(fields.stream().map(Field::key).toList());
        }
        started = true;
    }

    private void row(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            String value = values.get(i);
            line.append(value == null ? "" : escape.apply(value));
        }
        out.print(line.append('\n'));
        out.flush(); // a script reading the pipe sees each row as soon as its page arrived
    }

    /** RFC 4180: quote a field holding a comma, quote, CR or LF, and double the quotes inside it. */
    static String csvField(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * TSV cannot quote, so tab, LF, CR and backslash are written as {@code \t}, {@code \n}, {@code \r} and
     * {@code \\} (the convention of {@code mysql --batch} and PostgreSQL's text format), which keeps it reversible.
     */
    static String tsvField(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
