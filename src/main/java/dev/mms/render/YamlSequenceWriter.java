package dev.mms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code yaml} format: one YAML sequence of the API's objects, streamed one element at a time (each element is
 * written as a one-item sequence, and consecutive {@code - } items form a single sequence); no items gives {@code []}.
 * Strings stay quoted so values like {@code 2025-05-06} or {@code yes} read back as strings in every YAML parser.
 */
final class YamlSequenceWriter<T> implements ItemWriter<T> {

    static final ObjectWriter YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build()).writer();

    private final PrintWriter out;
    private int written;

    YamlSequenceWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(T item) {
        try {
            out.print(YAML.writeValueAsString(List.of(Documents.tree(item))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + item.getClass().getSimpleName() + " as YAML", e);
        }
        out.flush();
        written++;
    }

    @Override
    public void close() {
        if (written == 0) {
            out.print("[]\n");
        }
        out.flush();
    }
}
