package dev.mms.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.api.Json;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Reads the JSON in which STS ({@code Credentials: {...}}), the metadata service and a credentials URI hand out a
 * temporary key: {@code AccessKeyId}, {@code AccessKeySecret}, {@code SecurityToken}, {@code Expiration}
 * ({@code 2025-01-01T00:00:00Z}). Messages name the step and what was missing, never a value.
 */
final class TemporaryKeyAnswer {


    private TemporaryKeyAnswer() {
    }

    static JsonNode parse(String step, String body) {
        try {
            JsonNode root = Json.mapper().readTree(body);
            if (root != null && root.isObject()) {
                return root;
            }
        } catch (IOException e) {
            // fall through: the same message for any answer that is not a JSON object
        }
        throw new CredentialsException(step + ": the answer is not a JSON object");
    }

    /** The key in {@code node}; {@code requireExpiration} for sources whose keys always expire. */
    static Credentials key(String step, JsonNode node, boolean requireExpiration) {
        String id = text(node, "AccessKeyId");
        String secret = text(node, "AccessKeySecret");
        String token = text(node, "SecurityToken");
        if (id == null || secret == null || token == null) {
            throw new CredentialsException(step + ": the answer has no " + (id == null ? "AccessKeyId"
                    : secret == null ? "AccessKeySecret" : "SecurityToken"));
        }
        String expiration = text(node, "Expiration");
        if (expiration == null && requireExpiration) {
            throw new CredentialsException(step + ": the answer has no Expiration");
        }
        return new Credentials(id, secret, token, expiration == null ? null : instant(step, expiration));
    }

    /** What a refusing service said: its Code and Message, in the STS/POP shape. */
    static String refusal(int status, String body) {
        StringBuilder s = new StringBuilder("HTTP ").append(status);
        try {
            JsonNode root = Json.mapper().readTree(body);
            if (root != null && root.isObject()) {
                String code = text(root, "Code");
                String message = text(root, "Message");
                if (code != null) {
                    s.append(' ').append(code);
                }
                if (message != null) {
                    s.append(": ").append(message);
                }
                String requestId = text(root, "RequestId");
                if (requestId != null) {
                    s.append(" (requestId ").append(requestId).append(')');
                }
            }
        } catch (IOException e) {
            // not JSON: the status says enough
        }
        return s.toString();
    }

    static Instant instant(String step, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new CredentialsException(step + ": Expiration '" + value + "' is not a UTC time such as "
                    + "2025-01-01T00:00:00Z");
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
