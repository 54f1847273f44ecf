package dev.mms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * One object (not a list) as {@code -o json} or {@code -o yaml}, for the {@code get} commands: the object the server
 * sent when there is one (see {@link dev.mms.api.WireForm}), laid out like the list formats.
 */
public final class Documents {

    private static final ObjectWriter YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build()).writer();

    private Documents() {
    }

    /** Writes {@code value} in json or yaml; false for any other format, which the caller renders itself. */
    public static boolean write(OutputFormat format, Object value, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            out.print(JsonArrayWriter.toJson(value) + "\n");
        } else if (format == OutputFormat.YAML) {
            try {
                out.print(YAML.writeValueAsString(JsonArrayWriter.document(value)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
            }
        } else {
            return false;
        }
        out.flush();
        return true;
    }
}
