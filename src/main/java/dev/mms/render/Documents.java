package dev.mms.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mms.api.Json;
import dev.mms.api.WireForm;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * What every machine format is made of: an item as a JSON tree, the object the server sent when there is one (so
 * unknown fields, nulls and the server's own types survive), else the item as Jackson writes it. json, yaml, csv,
 * tsv, the NDJSON of watches, {@code --query} and {@code --sort-by} all read this one tree.
 */
public final class Documents {


    private Documents() {
    }

    /** The item's JSON tree; never null (a null item is JSON null). */
    public static JsonNode tree(Object item) {
        if (item instanceof JsonNode node) {
            return node;
        }
        if (item instanceof WireForm wired) {
            return WireForm.document(wired);
        }
        return Json.mapper().valueToTree(item);
    }

    /**
     * One object (not a list) as {@code -o json} or {@code -o yaml}, for the {@code get} commands, laid out like the
     * list formats; false for any other format, which the caller renders itself.
     */
    public static boolean write(OutputFormat format, Object value, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            out.print(JsonArrayWriter.toJson(value) + "\n");
        } else if (format == OutputFormat.YAML) {
            try {
                out.print(YamlSequenceWriter.YAML.writeValueAsString(tree(value)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as YAML", e);
            }
        } else {
            return false;
        }
        out.flush();
        return true;
    }

    /** The items as one JSON array, the document {@code --query} is applied to. */
    static ArrayNode array(List<?> items) {
        ArrayNode array = Json.mapper().createArrayNode();
        items.forEach(item -> array.add(tree(item)));
        return array;
    }

    /** One cell of csv/tsv: scalars as their text, JSON null and missing fields empty, objects and arrays as compact Json.mapper(). */
    static String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
