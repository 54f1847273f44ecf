package dev.mms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One column of csv and tsv, headed by a stable key: a top-level field of the item's JSON document under its API name
 * ({@code taskDone}, not {@code PROGRESS}), so that csv and tsv carry the same data as json, numbers as numbers.
 *
 * @param key      the header: the API's field name, or for a computed value a snake-case key
 * @param computed the cell of a value that is no field of the document; null to read field {@code key}
 */
public record Field<T>(String key, Function<T, String> computed) {

    public Field {
        Objects.requireNonNull(key, "key");
    }

    /** The document fields of these API names, in this order. */
    @SafeVarargs
    public static <T> List<Field<T>> of(String... keys) {
        return Arrays.stream(keys).map(key -> new Field<T>(key, null)).toList();
    }

    /** The cell text for {@code item}, whose document is {@code document}; null for a missing value or JSON null. */
    String cell(T item, JsonNode document) {
        return computed != null ? computed.apply(item) : Documents.cell(document.get(key));
    }
}
