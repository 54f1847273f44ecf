package dev.mms.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An API object that remembers the JSON object the server sent for it, so that {@code -o json} and {@code -o yaml}
 * give back exactly that (fields this client does not model, nulls, the server's types) rather than our reading of it.
 */
public interface WireForm {

    /** The object as it came over the wire, or null when it was built here rather than read from a response. */
    JsonNode wire();

    /** The object as the server sent it, else (built here) as Jackson writes it: what json and yaml show of it. */
    static JsonNode document(WireForm item) {
        return item.wire() != null ? item.wire() : Json.mapper().valueToTree(item);
    }
}
