package dev.mms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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

    /** Pretty JSON of one item's document, the same layout as the array elements. */
    static String toJson(Object value) {
        try {
            return PRETTY.writeValueAsString(Documents.tree(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
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
