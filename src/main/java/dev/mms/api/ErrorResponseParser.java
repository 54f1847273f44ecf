package dev.mms.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a 4xx/5xx answer into an {@link ApiException}, reading the keys in either case as the SDK does
 * (mms-api.md §4.1): the gateway's {@code Code/Message/RequestId}, the lower-case form, and {@code errorCode/errorMsg}.
 * A body that is not JSON (a proxy's HTML page, XML) still yields a message a person can act on.
 */
final class ErrorResponseParser {

    private static final int SNIPPET = 200;
    /**
     * Where a gateway's SignatureDoesNotMatch message starts dumping its canonical request and string to sign: a
     * dozen escaped lines that help someone debugging a signer, not someone with a wrong key, so they are cut off.
     */
    private static final Pattern SIGNATURE_DUMP =
            Pattern.compile("\\s*(server canonicalrequest|server string ?to ?sign)", Pattern.CASE_INSENSITIVE);

    private ErrorResponseParser() {
    }

    static ApiException parse(int status, String contentType, byte[] body, String retryAfterHeader,
                              String requestIdHeader) {
        Long retryAfter = retryAfterSeconds(retryAfterHeader);
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        JsonNode json = readJson(text);
        if (json != null && json.isObject()) {
            String code = first(json, "Code", "code", "errorCode", "ErrorCode");
            String message = withoutSignatureDump(first(json, "Message", "message", "errorMsg", "ErrorMsg"));
            String requestId = first(json, "RequestId", "requestId");
            return new ApiException(status, code, message != null ? message : fallback(status, code, text),
                    requestId != null ? requestId : requestIdHeader, retryAfter);
        }
        if (contentType != null && contentType.toLowerCase().contains("xml")) {
            String code = xml(text, "Code");
            String message = xml(text, "Message");
            String requestId = xml(text, "RequestId");
            if (code != null || message != null) {
                return new ApiException(status, code, message != null ? message : fallback(status, code, ""),
                        requestId != null ? requestId : requestIdHeader, retryAfter);
            }
        }
        return new ApiException(status, null, fallback(status, null, text), requestIdHeader, retryAfter);
    }

    /** {@code x-acs-retry-after} in seconds; anything but a positive integer means none (as the Go SDK reads it). */
    static Long retryAfterSeconds(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.trim());
            return seconds > 0 ? seconds : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String withoutSignatureDump(String message) {
        if (message == null) {
            return null;
        }
        Matcher dump = SIGNATURE_DUMP.matcher(message);
        return dump.find() && dump.start() > 0 ? message.substring(0, dump.start()) : message;
    }

    private static String fallback(int status, String code, String body) {
        String snippet = body.strip().replaceAll("\\s+", " ");
        if (snippet.length() > SNIPPET) {
            snippet = snippet.substring(0, SNIPPET) + "…";
        }
        String head = "HTTP " + status + (code == null ? "" : " " + code);
        return snippet.isEmpty() || snippet.startsWith("{") ? head : head + ": " + snippet;
    }

    private static JsonNode readJson(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String first(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String xml(String text, String element) {
        Matcher m = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(text);
        return m.find() ? m.group(1).trim() : null;
    }
}
