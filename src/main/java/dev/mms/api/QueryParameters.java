package dev.mms.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a list operation's query the way the official SDK sends it (mms-api.md §3.2): nothing for null, scalars with
 * {@code String.valueOf}, "shrink" parameters (a list, the ListMmsDbs sorter) as one compact JSON value.
 */
final class QueryParameters {

    private final Map<String, String> values = new LinkedHashMap<>();

    QueryParameters put(String key, Object value) {
        if (value != null) {
            values.put(key, String.valueOf(value));
        }
        return this;
    }

    /** A list as a JSON array string, e.g. {@code status=["DONE","INIT"]}; null or empty sends nothing. */
    QueryParameters putJsonArray(String key, List<String> list) {
        if (list != null && !list.isEmpty()) {
            values.put(key, json(list));
        }
        return this;
    }

    /** A sort as the flat key {@code sorter.<field>=<order>}. */
    QueryParameters putFlatSort(Sort sort) {
        if (sort != null) {
            values.put("sorter." + sort.field(), sort.order());
        }
        return this;
    }

    /** A sort as one JSON object, {@code sorter={"<field>":"<order>"}}, as ListMmsDbs takes it. */
    QueryParameters putJsonSort(Sort sort) {
        if (sort != null) {
            values.put("sorter", json(Map.of(sort.field(), sort.order())));
        }
        return this;
    }

    Map<String, String> toMap() {
        return values;
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
