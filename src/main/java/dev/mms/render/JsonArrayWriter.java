package dev.mms.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.mms.api.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code json} format: one JSON array of the API's own objects, however many pages are written into it.
 * Streamed through one generator: {@code [} and each element reach {@code out} as they are written (the pipe at
 * {@link #flush}, once a page), {@code ]} on close; no items gives {@code []}. Indented two spaces per level like
 * {@code jq}, never coloured.
 */
final class JsonArrayWriter<T> implements ItemWriter<T> {

    private static final ObjectWriter PRETTY = Json.mapper().writer(prettyPrinter());

    private final PrintWriter out;
    private JsonGenerator array;

    JsonArrayWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(T item) {
        try {
            if (array == null) {
                // One pretty printer for the whole array, so elements nest in it; no flush of the pipe per
                // element (a write system call each) and no closing of it.
                array = Json.mapper().getFactory().createGenerator(out)
                        .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .setPrettyPrinter(prettyPrinter());
                array.writeStartArray();
            }
            Json.mapper().writeValue(array, Documents.tree(item)); // flushes into out, not through it
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + item.getClass().getSimpleName() + " as JSON", e);
        }
    }

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {
        if (array == null) {
            out.print("[]\n");
        } else {
            try {
                array.writeEndArray();
                array.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot end the JSON array", e);
            }
            out.print("\n");
        }
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
