package dev.mms.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mms.api.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the JSON Schema (draft 2020-12) of the job spec format from {@link SpecFields}, i.e. from JobSpec's
 * record components and the field documentation table. docs/job-spec.schema.json is this output, checked by a test.
 */
public final class JobSpecSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}:[0-9]{2})?$";

    private JobSpecSchema() {
    }

    /** The schema text, pretty-printed with '\n' line ends and a final newline, identical on every platform. */
    public static String generate() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "mms job spec");
        schema.put("description", "One MaxCompute Migration Service job: the body of CreateMmsJob, key for key. "
                + "Generated from dev.mms.api.JobSpec; see docs/job-spec.md.");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (SpecField field : SpecFields.all()) {
            properties.set(field.name(), property(field));
            // sourceId is required by the service but may come from --source-id or the profile, not only the file.
            if (field.required() && !field.name().equals("sourceId")) {
                required.add(field.name());
            }
        }
        ArrayNode requiredNode = schema.putArray("required");
        required.forEach(requiredNode::add);
        schema.put("additionalProperties", false);
        ObjectNode dependent = schema.putObject("dependentSchemas");
        dependent.set("tables", excluding("partitions", "tableWhiteList", "tableBlackList"));
        dependent.set("partitions", excluding("tables", "tableWhiteList", "tableBlackList"));
        return print(schema);
    }

    private static ObjectNode property(SpecField field) {
        ObjectNode node = NODES.objectNode();
        node.put("description", field.description());
        switch (field.kind()) {
            case INTEGER -> node.put("type", "integer").put("minimum", 1);
            case STRING -> node.put("type", "string");
            case BOOLEAN -> node.put("type", "boolean");
            case STRING_LIST -> {
                node.put("type", "array");
                node.putObject("items").put("type", "string").put("minLength", 1);
            }
            case ID_LIST -> {
                node.put("type", "array");
                node.putObject("items").put("type", "integer").put("minimum", 1);
                node.put("minItems", 1);
            }
            case STRING_MAP -> {
                node.put("type", "object");
                node.putObject("additionalProperties").put("type", "string");
            }
            case ANY_MAP -> node.put("type", "object");
        }
        switch (field.name()) {
            case "tables" -> node.put("minItems", 1);
            case "eta" -> node.put("pattern", DATE_PATTERN);
            case "taskType" -> {
                ArrayNode values = node.putArray("enum");
                SpecValidator.TASK_TYPES.forEach(values::add);
                SpecValidator.DEPRECATED_TASK_TYPES.forEach(values::add);
            }
            default -> {
                // no constraint beyond the type
            }
        }
        return node;
    }

    /** "If this key is present, none of these may be": the one-scope rule, for editors. */
    private static ObjectNode excluding(String... keys) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode anyOf = schema.putObject("not").putArray("anyOf");
        for (String key : keys) {
            anyOf.addObject().putArray("required").add(key);
        }
        return schema;
    }

    private static String print(ObjectNode schema) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        try {
            return Json.mapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot print the job spec schema", e);
        }
    }
}
