package dev.mms.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one value from a Jackson streaming parser into a {@link SpecNode} tree that keeps every line and column. */
final class SpecTreeReader {

    // YAML 1.2 booleans. Jackson's YAML parser also turns yes/no/on/off into booleans (YAML 1.1); we read those as
    // strings, so "name: no" stays a name and "increment: yes" is reported instead of guessed.
    private static final Set<String> BOOLEAN_SPELLINGS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    // A job spec is two levels deep ('others' a few more); this stops a pathological file long before Jackson's own
    // limit, whose message names Jackson internals and no position.
    static final int MAX_DEPTH = 64;

    // Tags that only restate what the value already is; any other tag (!!binary, !!python/..., !custom) would make
    // Jackson hand over a value that is not what the user wrote, or silently drop the tag.
    private static final Set<String> HARMLESS_TAGS = Set.of("tag:yaml.org,2002:str", "tag:yaml.org,2002:map",
            "tag:yaml.org,2002:seq");

    private final String source;
    private final List<Diagnostic> problems = new ArrayList<>();
    private int depth;

    SpecTreeReader(String source) {
        this.source = source;
    }

    /** The problems found since the last call (YAML features a spec does not support), for the current document. */
    List<Diagnostic> takeProblems() {
        List<Diagnostic> taken = List.copyOf(problems);
        problems.clear();
        return taken;
    }

    Location locationOf(JsonLocation location) {
        return new Location(source, location.getLineNr(), location.getColumnNr());
    }

    /** Reads the value whose first token is the parser's current token. */
    SpecNode read(JsonParser parser) throws IOException {
        Location location = locationOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml) {
            String unsupported = unsupportedYaml(yaml);
            if (unsupported != null) {
                problems.add(Diagnostic.error(location, unsupported));
                parser.skipChildren();
                return scalar(location, SpecNode.ScalarType.INVALID, parser.getText(), null);
            }
        }
        if (token.isStructStart() && ++depth > MAX_DEPTH) {
            throw new JsonParseException(parser, "values nested more than " + MAX_DEPTH + " levels deep; "
                    + "a job spec needs only a few levels", parser.currentTokenLocation());
        }
        try {
            return readValue(parser, location, token);
        } finally {
            if (token.isStructStart()) {
                depth--;
            }
        }
    }

    /** Why the current YAML value cannot be read as written (an alias or a tag), or null if it can. */
    private static String unsupportedYaml(YAMLParser yaml) throws IOException {
        if (yaml.isCurrentAlias()) {
            return "YAML aliases ('*" + yaml.getText() + "') are not supported in a job spec; write the value out";
        }
        String tag = yaml.getTypeId();
        if (tag != null && !HARMLESS_TAGS.contains(tag)) {
            String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
            return "YAML tag '" + written + "' is not supported in a job spec; remove it";
        }
        return null;
    }

    private SpecNode readValue(JsonParser parser, Location location, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                List<SpecNode.Entry> entries = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = locationOf(parser.currentTokenLocation());
                    parser.nextToken();
                    entries.add(new SpecNode.Entry(key, keyLocation, read(parser)));
                }
                return new SpecNode.MapNode(location, entries);
            }
            case START_ARRAY -> {
                List<SpecNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new SpecNode.ListNode(location, items);
            }
            case VALUE_STRING -> {
                return scalar(location, SpecNode.ScalarType.STRING, parser.getText(), parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return scalar(location, SpecNode.ScalarType.INTEGER, parser.getText(), parser.getNumberValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    return scalar(location, SpecNode.ScalarType.DECIMAL, parser.getText(), parser.getNumberValue());
                } catch (JsonParseException e) {
                    // YAML's .inf and .nan have no Java BigDecimal; as text they stay what the user wrote.
                    return scalar(location, SpecNode.ScalarType.STRING, parser.getText(), parser.getText());
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = parser.getText();
                return BOOLEAN_SPELLINGS.contains(text)
                        ? scalar(location, SpecNode.ScalarType.BOOLEAN, text, token == JsonToken.VALUE_TRUE)
                        : scalar(location, SpecNode.ScalarType.STRING, text, text);
            }
            case VALUE_NULL -> {
                return scalar(location, SpecNode.ScalarType.NULL, "", null);
            }
            default -> {
                // Binary or embedded objects come from YAML tags such as !!binary; they are never valid here.
                return scalar(location, SpecNode.ScalarType.STRING, String.valueOf(parser.getText()),
                        String.valueOf(parser.getText()));
            }
        }
    }

    private static SpecNode.ScalarNode scalar(Location location, SpecNode.ScalarType type, String text, Object value) {
        return new SpecNode.ScalarNode(location, type, text, value);
    }
}
