package dev.mms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.mms.api.WireForm;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code json} format: one JSON array of the API's own objects, however many pages are written into it.
 * Streamed: {@code [} and each element go out as they are written, {@code ]} on close; no items gives {@code []}.
 * Indented two spaces per level like {@code jq}, never coloured.
 */
final class JsonArrayWriter<T> implements ItemWriter<T> {

    private static final ObjectWriter PRETTY = new ObjectMapper().writer(prettyPrinter());

    private final PrintWriter out;
    private int written;

    JsonArrayWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(T item) {
        String element = toJson(item).replace("\n", "\n  ");
        out.print((written == 0 ? "[\n  " : ",\n  ") + element);
        out.flush();
        written++;
    }

    @Override
    public void close() {
        out.print(written == 0 ? "[]\n" : "\n]\n");
        out.flush();
    }

    /** Pretty JSON of one value, the same layout as the array elements; also used for NDJSON-free single objects. */
    static String toJson(Object value) {
        try {
            return PRETTY.writeValueAsString(document(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** What json and yaml write for an item: the object the server sent when there is one, so nothing is lost. */
    static Object document(Object item) {
        return item instanceof WireForm read && read.wire() != null ? read.wire() : item;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n"); // "\n", not the platform's: output is identical everywhere
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
