package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code --query} result as text, for shell loops, the way {@code aws --output text} and {@code jq -r} print: a
 * string without quotes, a number or boolean as written, null as nothing; an array one element per line; an object, or
 * an array inside the array, as one line of its values separated by tabs; anything nested deeper as compact JSON.
 */
final class QueryText {

    private QueryText() {
    }

    static void write(JsonNode result, PrintWriter out) {
        if (result.isArray()) {
            for (JsonNode element : result) {
                line(element, out);
            }
        } else {
            line(result, out);
        }
    }

    private static void line(JsonNode value, PrintWriter out) {
        if (value.isNull()) {
            return;
        }
        if (value.isContainerNode()) {
            List<String> cells = new ArrayList<>();
            value.elements().forEachRemaining(cell -> cells.add(cell(cell)));
            out.print(String.join("\t", cells) + "\n");
        } else {
            out.print(cell(value) + "\n");
        }
    }

    private static String cell(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return DelimitedWriter.tsvField(text);
    }
}
