package dev.mms.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one value from a Jackson streaming parser into a {@link SpecNode} tree that keeps every line and column. */
final class SpecTreeReader {

    // YAML 1.2 booleans. Jackson's YAML parser also turns yes/no/on/off into booleans (YAML 1.1); we read those as
    // strings, so "name: no" stays a name and "increment: yes" is reported instead of guessed.
    private static final Set<String> BOOLEAN_SPELLINGS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    private final String source;

    SpecTreeReader(String source) {
        this.source = source;
    }

    Location locationOf(JsonLocation location) {
        return new Location(source, location.getLineNr(), location.getColumnNr());
    }

    /** Reads the value whose first token is the parser's current token. */
    SpecNode read(JsonParser parser) throws IOException {
        Location location = locationOf(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
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
                return scalar(location, SpecNode.ScalarType.DECIMAL, parser.getText(), parser.getNumberValue());
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
