package dev.mms.emulator;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a request body in the API's terms (the field, where, what was expected), never in
 * Jackson's or Java's: a client must not learn the server's class names from an error message.
 */
final class BodyErrors {

    private BodyErrors() {
    }

    static String describe(JsonProcessingException e) {
        StringBuilder text = new StringBuilder();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            text.append(": field ").append(field);
            if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                text.append(" must be ").append(kind(mismatch.getTargetType()));
            } else {
                text.append(" has a value of the wrong type");
            }
        } else {
            text.append(": malformed JSON");
        }
        JsonLocation at = e.getLocation();
        if (at != null && at.getLineNr() > 0) {
            text.append(" (line ").append(at.getLineNr()).append(", column ").append(at.getColumnNr()).append(')');
        }
        return text.toString();
    }

    private static String kind(Class<?> type) {
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "of another type";
    }
}
