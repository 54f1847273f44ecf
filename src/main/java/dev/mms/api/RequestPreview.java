package dev.mms.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A request as it would go on the wire, for {@code --dry-run}: method, path, action and the exact body text. */
@JsonPropertyOrder({"action", "method", "path", "body"})
public record RequestPreview(String action, String method, String path, String body) {
}
