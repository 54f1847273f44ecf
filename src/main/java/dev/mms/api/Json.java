package dev.mms.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one plain Jackson mapper of mms, made on first use. Making a mapper costs a start-up about 30 ms and 500 classes,
 * so no class holds one of its own in a static field: a command class that did would pay for it on every command that
 * merely builds it ({@code --version}, {@code --help}, completion). Plain means Jackson's defaults: code that reads
 * otherwise asks it for a reader or writer with its own features (the client ignores unknown fields that way); only
 * the emulator keeps mappers of its own.
 */
public final class Json {

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /**
     * An integer field of a server's object: a JSON integer, or one in a string (as Jackson reads both into a
     * record's Long); null when the field is absent or JSON null. Stricter than Jackson, a fraction is no integer.
     *
     * @throws IllegalArgumentException for any other value (a fraction, a word, an object...)
     */
    public static Long integer(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isTextual()) {
            try {
                return Long.valueOf(value.textValue().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(field + " is not an integer: " + value, e);
            }
        }
        throw new IllegalArgumentException(field + " is not an integer: " + value);
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
